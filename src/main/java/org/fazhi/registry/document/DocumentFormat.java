package org.fazhi.registry.document;

/** The formats reports are published in that the registry reads, with the media type each is stored and served as. */
public enum DocumentFormat {
    HTML("text/html"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
