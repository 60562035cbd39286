import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isPrivateAddress } from "../../../src/ingest/fetch/is-private-address.js";

describe("isPrivateAddress", () => {
  for (const ip of ["127.0.0.1", "10.1.2.3", "172.16.0.5", "172.31.255.255", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "::", "fe80::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "[::1]", "not-an-ip"]) {
    it(`fetch: ${ip} is refused by default`, () => assert.equal(isPrivateAddress(ip), true));
  }
  for (const ip of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]) {
    it(`fetch: ${ip} is public`, () => assert.equal(isPrivateAddress(ip), false));
  }
});
