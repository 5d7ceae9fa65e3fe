package org.govreport.dsl.generator.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML part of the Word package, written as a stream of elements by the JDK's StAX writer, which
 * escapes text and attributes. Names are written {@code prefix:name}, with a prefix the root declared;
 * a name without one takes the part's own: {@code w:} (WordprocessingML) in the document's parts, none in
 * the package's (content types, relationships, properties). Written directly rather than through POI's object
 * model: that model loads XmlBeans' type system (an index of every OOXML type, and each type it touches)
 * and serialises through XmlBeans' store, which made the first DOCX of a run cost as much as a whole
 * report's reading and checking.
 */
final class WordXml implements AutoCloseable {
	static final String MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final String XML = "http://www.w3.org/XML/1998/namespace";
	private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
			.getBytes(StandardCharsets.UTF_8);

	private final XMLStreamWriter writer;
	private final String ownPrefix;
	private final Map<String, String> namespaces = new HashMap<>();

	private WordXml(XMLStreamWriter writer, String ownPrefix) {
		this.writer = writer;
		this.ownPrefix = ownPrefix;
		namespaces.put("xml", XML);
	}

	/** A WordprocessingML part, {@code w:root}, with {@code w:} and {@code r:} declared on its root. */
	static WordXml wordPart(OutputStream out, String root) throws IOException {
		return part(out, "w", MAIN, root, "r", RELATIONSHIPS);
	}

	/**
	 * Starts a part with its root element in the part's own namespace, under the given prefix (empty: the
	 * default namespace), and the other namespaces, {@code prefix, uri} pairs, declared there too.
	 */
	static WordXml part(OutputStream out, String prefix, String uri, String root, String... others)
			throws IOException {
		out.write(DECLARATION);
		try {
			// a factory a part: StAX promises no factory safe for several threads (-j N), and the JDK's costs little
			var factory = XMLOutputFactory.newDefaultFactory();
			var xml = new WordXml(factory.createXMLStreamWriter(out, "UTF-8"), prefix);
			xml.namespaces.put(prefix, uri);
			xml.writer.writeStartElement(prefix, root, uri);
			if (prefix.isEmpty()) {
				xml.writer.writeDefaultNamespace(uri);
			} else {
				xml.writer.writeNamespace(prefix, uri);
			}
			for (int i = 0; i < others.length; i += 2) {
				xml.namespaces.put(others[i], others[i + 1]);
				xml.writer.writeNamespace(others[i], others[i + 1]);
			}
			return xml;
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	/** Opens an element with the given attributes, {@code name, value} pairs. */
	WordXml open(String name, String... attributes) throws IOException {
		return write(() -> {
			writer.writeStartElement(prefix(name), local(name), namespaces.get(prefix(name)));
			attributes(attributes);
		});
	}

	/** An element with attributes only, {@code name, value} pairs. */
	WordXml empty(String name, String... attributes) throws IOException {
		return write(() -> {
			writer.writeEmptyElement(prefix(name), local(name), namespaces.get(prefix(name)));
			attributes(attributes);
		});
	}

	/** An element holding text only, with no attributes. */
	WordXml element(String name, String text) throws IOException {
		return open(name).text(text).end();
	}

	WordXml text(String text) throws IOException {
		return write(() -> writer.writeCharacters(text));
	}

	/** Ends the innermost open element. */
	WordXml end() throws IOException {
		return write(writer::writeEndElement);
	}

	/** Closes the elements left open, the root too, and flushes; the stream stays open. */
	@Override
	public void close() throws IOException {
		write(() -> {
			writer.writeEndDocument();
			writer.flush();
			writer.close();
		});
	}

	private interface Step {
		void run() throws XMLStreamException;
	}

	/** A step of the writer, its failure an IOException as the renderer's callers expect. */
	private WordXml write(Step step) throws IOException {
		try {
			step.run();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i < attributes.length; i += 2) {
			String prefix = prefix(attributes[i]);
			if (prefix.isEmpty()) {
				writer.writeAttribute(local(attributes[i]), attributes[i + 1]);
			} else {
				writer.writeAttribute(prefix, namespaces.get(prefix), local(attributes[i]), attributes[i + 1]);
			}
		}
	}

	private String prefix(String name) {
		int colon = name.indexOf(':');
		return colon < 0 ? ownPrefix : name.substring(0, colon);
	}

	private static String local(String name) {
		return name.substring(name.indexOf(':') + 1);
	}
}
