package org.govreport.documents.ofd;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.UUID;

/**
 * The identity OFD.xml declares, derived from the content instead of drawn at random, and no creation date
 * (optional in GB/T 33190): so that no two builds of the same report differ.
 */
record DocumentIdentity(UUID uuid) {

	/** @param contents the document's other parts, in their order */
	@SafeVarargs
	static DocumentIdentity of(Collection<byte[]>... contents) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			for (Collection<byte[]> parts : contents) {
				parts.forEach(digest::update);
			}
			var bytes = ByteBuffer.wrap(digest.digest());
			return new DocumentIdentity(new UUID(bytes.getLong(), bytes.getLong()));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
