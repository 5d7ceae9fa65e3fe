package org.govreport.dsl.tests.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.TemplateListing;
import org.govreport.dsl.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each template version, listed as text, is exactly its checked-in listing (resources/template/〈id〉.txt):
 * a change to a description shows as a change to that file. When they differ, the listing made is written
 * to target/template-listings for review.
 */
class TemplateListingTest {

	static Stream<TemplateDescription> versions() {
		return Templates.all().stream();
	}

	@ParameterizedTest
	@MethodSource("versions")
	void theListingIsTheCheckedInOne(TemplateDescription template) throws IOException {
		var folder = Stream.of(Path.of("resources/template"), Path.of("org.govreport.dsl.tests/resources/template"))
				.filter(Files::isDirectory).findFirst();
		assertTrue(folder.isPresent(), "resources/template not found from " + Path.of("").toAbsolutePath());
		var expected = folder.get().resolve(template.id() + ".txt");
		var listing = TemplateListing.of(template);
		if (!Files.exists(expected) || !Files.readString(expected).equals(listing)) {
			var made = Files.createDirectories(Path.of("target/template-listings")).resolve(template.id() + ".txt");
			Files.writeString(made, listing);
		}
		assertTrue(Files.exists(expected), "no listing " + expected + "; the one made is in target/template-listings");
		assertEquals(Files.readString(expected), listing);
	}
}
