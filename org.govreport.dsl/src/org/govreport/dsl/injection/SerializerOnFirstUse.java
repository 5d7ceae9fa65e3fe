package org.govreport.dsl.injection;

import java.io.IOException;
import java.io.Writer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.impl.Serializer;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Xtext's serializer, made when something is first serialized. Every resource is given one, and making it
 * makes the formatter and the serializer's sequencers; checking or building a report never writes a model
 * back as text.
 */
public final class SerializerOnFirstUse implements ISerializer {
	private final Supplier<ISerializer> serializer;

	@Inject
	SerializerOnFirstUse(Injector injector) {
		serializer = Suppliers.memoize(() -> injector.getInstance(Serializer.class));
	}

	@Override
	public String serialize(EObject obj) {
		return serializer.get().serialize(obj);
	}

	@Override
	public String serialize(EObject obj, SaveOptions options) {
		return serializer.get().serialize(obj, options);
	}

	@Override
	public void serialize(EObject obj, Writer writer, SaveOptions options) throws IOException {
		serializer.get().serialize(obj, writer, options);
	}

	@Override
	public ReplaceRegion serializeReplacement(EObject obj, SaveOptions options) {
		return serializer.get().serializeReplacement(obj, options);
	}
}
