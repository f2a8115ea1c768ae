package org.scrutiny.store;

import org.scrutiny.parse.ParseResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The staging form of a parse result between parseStep and storeStep: JSON, with dates as ISO text. A mapper of its
 * own, so that nothing set for Boot's mapper changes what is stored.
 */
public final class ParseResultJson {

	private final JsonMapper mapper = JsonMapper.builder().build();

	public String write(ParseResult result) {
		return mapper.writeValueAsString(result);
	}

	public ParseResult read(String json) {
		return mapper.readValue(json, ParseResult.class);
	}

}
