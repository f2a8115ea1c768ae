package org.scrutiny.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file published as Markdown, as the page built from it reads: the lines its front matter gives (the title, the
 * meeting's date, minutes held in a field), then its body's Markdown as lines.
 */
final class MarkdownNote {

	private MarkdownNote() {
	}

	/** Markdown by its name: "204_govan-cc-2024-12.md", "minutes.markdown". */
	static boolean isMarkdown(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".md") || name.endsWith(".markdown");
	}

	static List<SourceLine> lines(List<String> raw) {
		Optional<FrontMatter> front = FrontMatter.read(raw);
		int bodyStart = front.map(FrontMatter::bodyStart).orElse(0);
		List<SourceLine> lines = new ArrayList<>(front.map(FrontMatter::lines).orElse(List.of()));
		lines.addAll(MarkdownText.lines(String.join("\n", raw.subList(bodyStart, raw.size())), bodyStart + 1));
		return lines;
	}

}
