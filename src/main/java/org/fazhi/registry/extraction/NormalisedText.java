package org.fazhi.registry.extraction;

/** The outcome of normalisation: the simplified, cleaned text and the script the input was in. */
record NormalisedText(String text, Script script) {
}
