package org.caytre.brief;

/**
 * One chart of a brief, drawn on the server: the file name the Markdown links to ({@code NAME.svg}, written beside
 * the brief), its caption, and the same drawing as SVG (Markdown, PDF) and PNG (DOCX) of {@code width} × {@code height} px.
 */
public record Chart(String file, String caption, byte[] svg, byte[] png, int width, int height) {}
