package org.govreport.documents.ofd;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity OFD.xml declares, derived from the content: ofdrw writes a random document id and the
 * current date, so that no two builds of the same report would be equal.
 */
record DocumentIdentity(String id) {
	private static final Pattern DOC_ID = Pattern.compile("<ofd:DocID>[^<]*</ofd:DocID>");
	private static final Pattern CREATION_DATE = Pattern.compile("<ofd:CreationDate>[^<]*</ofd:CreationDate>");

	static DocumentIdentity of(byte[] content) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(content);
			return new DocumentIdentity(HexFormat.of().formatHex(digest, 0, 16));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** OFD.xml with this id and without a creation date (optional in GB/T 33190). */
	String stamp(String ofdXml) {
		var withId = DOC_ID.matcher(ofdXml).replaceAll(Matcher.quoteReplacement("<ofd:DocID>" + id + "</ofd:DocID>"));
		return CREATION_DATE.matcher(withId).replaceAll("");
	}
}
