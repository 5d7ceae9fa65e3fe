package org.govreport.cli.lsp;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Turns what a request threw into the error code the LSP specification asks for. LSP4J's default answers
 * every failure with Internal error and the stack trace, and Xtext's out-of-range message carries the
 * whole document: both go to the client's log, so neither is sent.
 */
final class ProtocolErrors {

	private ProtocolErrors() {
	}

	static ResponseError toResponseError(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof ResponseErrorException answered) {
				return answered.getResponseError();
			}
			if (cause instanceof UnsupportedOperationException) {
				return new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method", null);
			}
			if (cause instanceof IndexOutOfBoundsException) {
				return new ResponseError(ResponseErrorCode.InvalidParams, "Position outside the document", null);
			}
		}
		return new ResponseError(ResponseErrorCode.InternalError, "Internal error: " + thrown.getClass().getSimpleName(),
				null);
	}
}
