package org.govreport.cli.lsp;

import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Refuses every request that comes after {@code shutdown} with InvalidRequest, as the LSP specification
 * asks; Xtext would go on answering them. LSP4J wraps both message streams with this function: the one
 * into the server's {@link RemoteEndpoint} is guarded, the one to the client carries the refusals.
 */
final class ShutdownGate implements Function<MessageConsumer, MessageConsumer> {
	private volatile MessageConsumer toClient;
	private volatile boolean shutDown;

	@Override
	public MessageConsumer apply(MessageConsumer consumer) {
		if (!(consumer instanceof RemoteEndpoint)) {
			toClient = consumer;
			return consumer;
		}
		return message -> {
			if (message instanceof RequestMessage request) {
				if (shutDown) {
					toClient.consume(refusal(request));
					return;
				}
				shutDown = "shutdown".equals(request.getMethod());
			}
			consumer.consume(message);
		};
	}

	private static Message refusal(RequestMessage request) {
		ResponseMessage response = new ResponseMessage();
		response.setRawId(request.getRawId());
		response.setError(new ResponseError(ResponseErrorCode.InvalidRequest,
				"The server is shut down; only exit is accepted", null));
		return response;
	}
}
