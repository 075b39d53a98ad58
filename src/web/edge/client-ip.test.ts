import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-ip.ts";

describe("clientAddress", () => {
  const socket = "10.0.0.2";

  it("ignores X-Forwarded-For without trusted proxies", () => {
    expect(clientAddress("198.51.100.9", socket, 0)).toBe(socket);
  });

  it("takes the entry the trusted proxy wrote, not the leftmost that the client wrote", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
    expect(clientAddress("1.2.3.4, 203.0.113.7", socket, 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", socket, 1)).toBe("203.0.113.7");
  });

  it("counts hops from the right through a chain of trusted proxies", () => {
    // client → CDN (appends the client) → load balancer (appends the CDN) → app
    expect(clientAddress("6.6.6.6, 203.0.113.7, 192.0.2.10", socket, 2)).toBe("203.0.113.7");
  });

  it("falls back to the connection when the header is shorter than the chain or not an address", () => {
    expect(clientAddress("203.0.113.7", socket, 2)).toBe(socket);
    expect(clientAddress("unknown", socket, 1)).toBe(socket);
    expect(clientAddress("", socket, 1)).toBe(socket);
    expect(clientAddress(null, socket, 1)).toBe(socket);
  });

  it("reads IPv6 and addresses with a port", () => {
    expect(clientAddress("2001:db8::1", socket, 1)).toBe("2001:db8::1");
    expect(clientAddress("[2001:db8::1]:443", socket, 1)).toBe("2001:db8::1");
    expect(clientAddress("203.0.113.7:51234", socket, 1)).toBe("203.0.113.7");
  });
});
