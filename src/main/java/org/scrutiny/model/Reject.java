package org.scrutiny.model;

/**
 * Something that could not be read, and why.
 *
 * @param sourceFile the input file
 * @param line the 1-based line, or 0 for the whole file
 * @param reason a sentence a policy officer can act on
 */
public record Reject(String sourceFile, int line, String reason) {

}
