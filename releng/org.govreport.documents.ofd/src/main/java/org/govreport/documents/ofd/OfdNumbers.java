package org.govreport.documents.ofd;

/**
 * Lengths as OFD writes them: millimetres to the thousandth, without trailing zeros, with a full stop in
 * every locale (ofdrw's own formatting follows the machine's locale, which would write commas in some).
 */
final class OfdNumbers {
	private OfdNumbers() {
	}

	/** The values, each to the thousandth, separated by spaces. */
	static String of(double... values) {
		var text = new StringBuilder();
		for (double value : values) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			append(text, thousandths(value));
		}
		return text.toString();
	}

	static long thousandths(double value) {
		return Math.round(value * 1000);
	}

	static void append(StringBuilder text, long thousandths) {
		if (thousandths < 0) {
			text.append('-');
		}
		long magnitude = Math.abs(thousandths);
		text.append(magnitude / 1000);
		long fraction = magnitude % 1000;
		if (fraction != 0) {
			var digits = String.valueOf(1000 + fraction).substring(1);
			int length = digits.length();
			while (digits.charAt(length - 1) == '0') {
				length--;
			}
			text.append('.').append(digits, 0, length);
		}
	}
}
