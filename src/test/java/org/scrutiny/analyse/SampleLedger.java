package org.scrutiny.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.scrutiny.analyse.LedgerInput.ActionRow;
import org.scrutiny.analyse.LedgerInput.MeetingRef;
import org.scrutiny.model.Action;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.MeetingParser;

/**
 * The five sample notes, parsed, as the analytics read them from the store (action ids "file#ordinal").
 */
final class SampleLedger {

	static final List<String> SEEDS = List.of("000_57939b0d5e07704e", "001_c98aa7161fd62043", "002_5b8935b430f6f38f",
			"003_3db3089499d8060c", "004_8626e42c9b0b5695");

	final List<Meeting> meetings = new ArrayList<>();

	SampleLedger() {
		for (String seed : SEEDS) {
			meetings.add(new MeetingParser().parse(seed + ".txt", new Normaliser().normalise(resource("/seeds/" + seed + ".txt")))
				.meeting().orElseThrow());
		}
	}

	List<MeetingRef> meetingRefs() {
		return meetings.stream().map(m -> new MeetingRef(m.sourceFile(), m.body(), m.date())).toList();
	}

	List<ActionRow> actions() {
		List<ActionRow> rows = new ArrayList<>();
		for (Meeting m : meetings) {
			// as the store numbers them: the actions, then the items' paragraphs
			List<Action> all = new ArrayList<>(m.actions());
			all.addAll(m.itemParagraphs());
			for (int i = 0; i < all.size(); i++) {
				Action a = all.get(i);
				rows.add(new ActionRow(m.sourceFile() + "#" + (i + 1), m.sourceFile(), a.sourceLine(), m.body(), m.date(),
						a.kind(), a.text(), a.owners(), a.due(), a.raisedIn(), a.status(), a.update(), a.restricted(), a.topic(),
						i >= m.actions().size()));
			}
		}
		return rows;
	}

	static String resource(String path) {
		try (InputStream in = SampleLedger.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("missing test resource " + path, ex);
		}
	}

}
