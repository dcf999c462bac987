package org.fazhi.registry.outcome;


/**
 * A value the client sent, as an error message repeats it: enough to recognise it, never the whole of a long one, so
 * that a 100 KB argument does not come back in every error about it.
 */
public final class Echo {

    /** Characters of a value an error message shows. */
    static final int SHOWN = 40;

    private Echo() {
    }

    public static String of(String value) {
        if (value == null || value.length() <= SHOWN) {
            return value;
        }
        return value.substring(0, SHOWN) + "… (" + value.length() + " characters)";
    }
}
