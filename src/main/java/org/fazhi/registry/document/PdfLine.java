package org.fazhi.registry.document;

/**
 * One line of a PDF page as laid out: its text and where it stands, in points from the page's top left.
 *
 * @param left where the line's first glyph starts
 * @param right where its last glyph ends
 * @param em the size of its font: the unit of indentation and of the margin tolerance
 */
record PdfLine(String text, float left, float right, float em) {
}
