import { PassThrough } from "node:stream";
import type { EntryContext, HandleErrorFunction, RouterContextProvider } from "react-router";
import { createReadableStreamFromReadable } from "@react-router/node";
import { ServerRouter } from "react-router";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { requestContext } from "./context.ts";
import { isSameForEveryVisitor, SAME_FOR_EVERY_VISITOR_HEADER } from "./lib/client-code.ts";

export const streamTimeout = 5_000;

/**
 * An error thrown in a loader or an action: handed to the HTTP edge, which logs it and, when
 * it means the database is unreachable, answers 503 with the "try again" page instead.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  let reported = false;
  try {
    context.get(requestContext).serverErrors.push(error);
    reported = true;
  } catch {
    // no request state (not from the edge)
  }
  if (!reported) console.error(error);
};

export default function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, routerContext: EntryContext, loadContext: RouterContextProvider) {
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  // A page that is the same for every visitor says so to the edge, which may keep it.
  if (responseStatusCode === 200 && isSameForEveryVisitor(routerContext.staticHandlerContext.matches.map((m) => routerContext.routeModules[m.route.id]?.handle))) {
    responseHeaders.set(SAME_FOR_EVERY_VISITOR_HEADER, "1");
  }
  // The CSP nonce made by the HTTP edge: React Router's inline scripts carry it.
  const nonce = loadContext.get(requestContext).nonce;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");
    const readyOption = (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} nonce={nonce} />, {
      nonce,
      [readyOption]() {
        shellRendered = true;
        const body = new PassThrough({
          final(callback) {
            clearTimeout(timeoutId);
            timeoutId = undefined;
            callback();
          },
        });
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        pipe(body);
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) console.error(error);
      },
    });
  });
}
