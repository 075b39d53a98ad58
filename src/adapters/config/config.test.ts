import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

/** The ConfigError loadConfig throws for the environment (fails the test if it does not throw one). */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const LONG_SECRET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEF";

describe("loadConfig", () => {
  it("starts with no configuration at all: defaults for everything", () => {
    expect(loadConfig({})).toEqual({
      env: "production",
      port: 3000,
      host: "0.0.0.0",
      dataDir: resolve("./data"),
      databaseUrl: undefined,
      publicUrl: "http://localhost:3000",
      sessionSecret: undefined,
      smtpUrl: undefined,
      mailFrom: "Samverka <noreply@samverka.invalid>",
      logLevel: "info",
      demoData: true,
      trustProxy: 0,
      caseNumberSource: "samverka",
      signInAttemptsPerIp: 30,
      mapTiles: null,
      sessionIdleMinutes: 120,
      contactRequestsPerIp: 10,
      contactMinFillSeconds: 3,
      mailAttempts: 8,
      queryCountHeader: false,
    });
  });

  it("reads every variable when set", () => {
    const config = loadConfig({
      NODE_ENV: "development",
      PORT: "8080",
      HOST: "127.0.0.1",
      DATA_DIR: "/var/lib/samverka",
      DATABASE_URL: "postgresql://samverka:hemligt@db.malmo.se:5432/samverka",
      PUBLIC_URL: "https://samverka.malmo.se",
      SESSION_SECRET: LONG_SECRET,
      SMTP_URL: "smtps://user:pass@smtp.malmo.se:465",
      MAIL_FROM: "Malmö stad <samverka@malmo.se>",
      LOG_LEVEL: "debug",
      DEMO_DATA: "false",
      TRUST_PROXY: "2",
      CASE_NUMBER_SOURCE: "diarium",
      SIGN_IN_ATTEMPTS_PER_IP: "100",
      MAP_TILES_URL: "https://karta.malmo.se/tiles/{z}/{x}/{y}.png",
      MAP_TILES_ATTRIBUTION: "© Malmö stad",
      SESSION_IDLE_MINUTES: "30",
      CONTACT_REQUESTS_PER_IP: "20",
      CONTACT_MIN_FILL_SECONDS: "0",
      MAIL_ATTEMPTS: "3",
      QUERY_COUNT_HEADER: "true",
    });
    expect(config).toEqual({
      env: "development",
      port: 8080,
      host: "127.0.0.1",
      dataDir: "/var/lib/samverka",
      databaseUrl: "postgresql://samverka:hemligt@db.malmo.se:5432/samverka",
      publicUrl: "https://samverka.malmo.se",
      sessionSecret: LONG_SECRET,
      smtpUrl: "smtps://user:pass@smtp.malmo.se:465",
      mailFrom: "Malmö stad <samverka@malmo.se>",
      logLevel: "debug",
      demoData: false,
      trustProxy: 2,
      caseNumberSource: "diarium",
      signInAttemptsPerIp: 100,
      mapTiles: { url: "https://karta.malmo.se/tiles/{z}/{x}/{y}.png", attribution: "© Malmö stad", attributionUrl: null, origin: "https://karta.malmo.se" },
      sessionIdleMinutes: 30,
      contactRequestsPerIp: 20,
      contactMinFillSeconds: 0,
      mailAttempts: 3,
      queryCountHeader: true,
    });
  });

  it("reads TRUST_PROXY as a number of proxy hops, true and false as 1 and 0", () => {
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: "0" }).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: "3" }).trustProxy).toBe(3);
  });

  it("derives the public address from PORT when PUBLIC_URL is not set", () => {
    expect(loadConfig({ PORT: "4000" }).publicUrl).toBe("http://localhost:4000");
  });

  it("treats an empty URL variable as not set", () => {
    const config = loadConfig({ DATABASE_URL: "", SMTP_URL: "  ", PUBLIC_URL: "" });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.smtpUrl).toBeUndefined();
    expect(config.publicUrl).toBe("http://localhost:3000");
  });

  it("accepts both postgres:// and postgresql://, and smtp:// as well as smtps://", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://localhost/samverka" }).databaseUrl).toBe("postgres://localhost/samverka");
    expect(loadConfig({ SMTP_URL: "smtp://localhost:25" }).smtpUrl).toBe("smtp://localhost:25");
  });

  describe("refuses a wrong value, naming the variable and what to fix", () => {
    const cases: Array<{ variable: string; value: string; fix: RegExp }> = [
      { variable: "PORT", value: "abc", fix: /heltal/ },
      { variable: "PORT", value: "70000", fix: /1–65535/ },
      { variable: "PORT", value: "0", fix: /1–65535/ },
      { variable: "PORT", value: "80.5", fix: /heltal/ },
      { variable: "DATABASE_URL", value: "mysql://x", fix: /postgres:\/\/.*postgresql:\/\// },
      { variable: "SMTP_URL", value: "http://x", fix: /smtp:\/\/.*smtps:\/\// },
      { variable: "PUBLIC_URL", value: "samverka.malmo.se", fix: /http\(s\)/ },
      { variable: "SESSION_SECRET", value: "för-kort", fix: /minst 32 tecken/ },
      { variable: "DEMO_DATA", value: "maybe", fix: /true eller false/ },
      { variable: "TRUST_PROXY", value: "yes", fix: /antalet proxyservrar .*0–10.*true .*false/ },
      { variable: "TRUST_PROXY", value: "-1", fix: /0–10/ },
      { variable: "TRUST_PROXY", value: "11", fix: /0–10/ },
      { variable: "SESSION_IDLE_MINUTES", value: "0", fix: /1–720/ },
      { variable: "CONTACT_REQUESTS_PER_IP", value: "0", fix: /minst 1/ },
      { variable: "CONTACT_MIN_FILL_SECONDS", value: "61", fix: /0–60/ },
      { variable: "MAIL_ATTEMPTS", value: "0", fix: /1–20/ },
      { variable: "MAIL_ATTEMPTS", value: "2.5", fix: /heltal/ },
      { variable: "CASE_NUMBER_SOURCE", value: "platina", fix: /samverka .* eller diarium/ },
      { variable: "SIGN_IN_ATTEMPTS_PER_IP", value: "0", fix: /minst 1/ },
      { variable: "NODE_ENV", value: "staging", fix: /production/ },
      { variable: "LOG_LEVEL", value: "verbose", fix: /info/ },
      { variable: "MAP_TILES_URL", value: "tile.openstreetmap.org/{z}/{x}/{y}.png", fix: /http\(s\).*\{z\}, \{x\} och \{y\}/ },
      { variable: "MAP_TILES_URL", value: "https://tile.openstreetmap.org/{z}/{x}.png", fix: /saknar \{y\}/ },
      { variable: "MAP_TILES_ATTRIBUTION", value: "© Malmö stad", fix: /bara tillsammans med MAP_TILES_URL/ },
    ];
    it.each(cases)("$variable=$value", ({ variable, value, fix }) => {
      const error = configError({ [variable]: value });
      expect(error.problems).toHaveLength(1);
      const problem = error.problems[0]!;
      expect(problem.startsWith(`${variable}: `)).toBe(true);
      expect(problem).toMatch(fix);
      // The message printed at start-up lists the same problem.
      expect(error.message).toContain(problem);
    });
  });

  it("does not repeat a rejected secret in its message", () => {
    const secret = "kort-men-hemligt";
    const error = configError({ SESSION_SECRET: secret });
    expect(error.problems.join("\n")).not.toContain(secret);
    expect(error.message).not.toContain(secret);
  });

  it("reports all wrong values at once, one line each", () => {
    const error = configError({
      PORT: "abc",
      DATABASE_URL: "mysql://x",
      SMTP_URL: "http://x",
      SESSION_SECRET: "kort",
      DEMO_DATA: "maybe",
      HOST: "127.0.0.1", // a right value among them is not reported
    });
    expect(error.problems.map((p) => p.slice(0, p.indexOf(":"))).sort()).toEqual(["DATABASE_URL", "DEMO_DATA", "PORT", "SESSION_SECRET", "SMTP_URL"]);
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("Felaktig konfiguration:");
    expect(lines.slice(1)).toEqual(error.problems.map((p) => `  - ${p}`));
  });
});
