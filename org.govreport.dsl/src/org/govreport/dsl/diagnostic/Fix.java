package org.govreport.dsl.diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * What would mend a finding, as data a quick fix reads (never the message): the kind of change and the
 * one value it needs.
 *
 * @param value for {@link Kind#SET_VALUE} the value to write over the marked text; for
 *        {@link Kind#MOVE_UNIT} the cell rewritten with its unit behind the number; for
 *        {@link Kind#DROP_UNIT} the unit to drop; for {@link Kind#ADD_SECTION} the missing section's number;
 *        for {@link Kind#WRAP_PROSE} the line in quotes; for {@link Kind#JOIN_LINES} the text between the two lines
 */
public record Fix(Kind kind, String value) {

	public enum Kind {
		SET_VALUE, MOVE_UNIT, DROP_UNIT, ADD_SECTION,
		/** The marked line written as a prose block: value is the line in its quotes. */
		WRAP_PROSE,
		/** The marked line and the next made one: value is what goes between them. */
		JOIN_LINES
	}

	/**
	 * As Xtext issue data (which takes no nulls): first the text to write over the marked text, which the
	 * command line prints as "fix" (empty when the fix is no such replacement), then the kind and its value.
	 */
	public String[] toIssueData() {
		return new String[] { replacement(), kind.name(), value };
	}

	private String replacement() {
		return kind == Kind.SET_VALUE || kind == Kind.MOVE_UNIT || kind == Kind.WRAP_PROSE ? value : "";
	}

	/**
	 * Back from issue data as it returns from a client or a marker; data holding only a value (older
	 * clients, markers written before the kind was added) is a value to write.
	 */
	public static Optional<Fix> fromIssueData(List<String> data) {
		if (data.size() >= 3 && isKind(data.get(1)) && data.get(2) != null) {
			return Optional.of(new Fix(Kind.valueOf(data.get(1)), data.get(2)));
		}
		return data.isEmpty() || data.get(0) == null || data.get(0).isEmpty() ? Optional.empty()
				: Optional.of(new Fix(Kind.SET_VALUE, data.get(0)));
	}

	private static boolean isKind(String name) {
		return name != null && List.of(Kind.values()).stream().anyMatch(kind -> kind.name().equals(name));
	}
}
