package org.govreport.cli.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The arguments of a {@code workspace/executeCommand}, as JSON gives them: file URIs ({@code file:///…})
 * or absolute paths, alone or in a list. A wrong one is refused with InvalidParams naming the command.
 */
final class CommandArguments {
	private final String command;
	private final List<Object> arguments;

	CommandArguments(String command, List<Object> arguments) {
		this.command = command;
		this.arguments = arguments == null ? List.of() : arguments;
	}

	int size() {
		return arguments.size();
	}

	/** The argument as one path. */
	Path path(int index, String what) {
		String text = string(index, what);
		return toPath(text, what);
	}

	/** The argument as paths: a list of URIs, or one URI (e.g. a folder). */
	List<Path> paths(int index, String what) {
		Object argument = argument(index, what);
		List<Path> paths = new ArrayList<>();
		if (argument instanceof JsonArray array) {
			for (JsonElement element : array) {
				paths.add(toPath(element.isJsonPrimitive() ? element.getAsString() : null, what));
			}
		} else if (argument instanceof List<?> list) {
			list.forEach(element -> paths.add(toPath(element instanceof String s ? s : null, what)));
		} else {
			paths.add(toPath(string(index, what), what));
		}
		if (paths.isEmpty()) {
			throw invalid(what + " is an empty list");
		}
		return paths;
	}

	/** The argument as a string, or null when it is not given. */
	String optionalString(int index) {
		if (index >= arguments.size() || arguments.get(index) == null) {
			return null;
		}
		return string(index, "argument " + (index + 1));
	}

	private String string(int index, String what) {
		Object argument = argument(index, what);
		if (argument instanceof JsonElement element && element.isJsonPrimitive()) {
			return element.getAsString();
		}
		if (argument instanceof String text) {
			return text;
		}
		throw invalid(what + " must be a string");
	}

	private Object argument(int index, String what) {
		if (index >= arguments.size() || arguments.get(index) == null
				|| arguments.get(index) instanceof JsonElement element && element.isJsonNull()) {
			throw invalid(what + " is missing");
		}
		return arguments.get(index);
	}

	private Path toPath(String text, String what) {
		if (text == null || text.isBlank()) {
			throw invalid(what + " must be a file URI or an absolute path");
		}
		try {
			Path path = text.startsWith("file:") ? Path.of(URI.create(text)) : Path.of(text);
			if (!path.isAbsolute()) {
				throw invalid(what + " must be a file URI or an absolute path, not " + text);
			}
			return path.normalize();
		} catch (IllegalArgumentException e) {
			throw invalid(what + " is not a file URI: " + text);
		}
	}

	ResponseErrorException invalid(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, command + ": " + message, null));
	}
}
