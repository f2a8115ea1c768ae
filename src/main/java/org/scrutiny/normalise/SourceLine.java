package org.scrutiny.normalise;

/** One line of text as the notes' own markup leaves it, with the line of the file it comes from (from 1). */
record SourceLine(int number, String text) {
}
