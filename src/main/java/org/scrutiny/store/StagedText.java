package org.scrutiny.store;

/**
 * A file's text at one stage of the pipeline, as handed from step to step through {@code source_document}.
 *
 * @param sourceFile the file name
 * @param text raw text, normalised lines or parse result JSON, depending on the {@link Stage}
 */
public record StagedText(String sourceFile, String text) {

}
