package org.scrutiny.store;

import org.scrutiny.parse.ParseResult;

/**
 * What the parser made of one file, on its way into the meeting tables.
 */
public record ParsedFile(String sourceFile, ParseResult result) {

}
