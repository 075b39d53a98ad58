/**
 * Configuration from the environment, validated once at start. Each wrong value is reported
 * with its variable name and what is expected, and the process stops before listening.
 */
import { resolve } from "node:path";
import { z } from "zod";
import type { MapTiles } from "./map-tiles.ts";
import { readMapTiles } from "./map-tiles.ts";

const optionalUrl = (protocols: string[], hint: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(p)), { message: hint });

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: z.coerce.number({ message: "PORT ska vara ett heltal" }).int().min(1, "PORT ska vara 1–65535").max(65535, "PORT ska vara 1–65535").default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: optionalUrl(["postgres://", "postgresql://"], "DATABASE_URL ska börja med postgres:// eller postgresql://"),
  PUBLIC_URL: optionalUrl(["http://", "https://"], "PUBLIC_URL ska vara en http(s)-adress, t.ex. https://samverka.malmo.se"),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET ska vara minst 32 tecken lång (slumpa t.ex. med `openssl rand -base64 48`)").optional(),
  SMTP_URL: optionalUrl(["smtp://", "smtps://"], "SMTP_URL ska börja med smtp:// eller smtps://"),
  MAIL_FROM: z.string().default("Samverka <noreply@samverka.invalid>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO_DATA: z.enum(["true", "false"], { message: "DEMO_DATA ska vara true eller false" }).default("true"),
  // How many reverse proxies stand in front of Samverka (true = 1, false = 0).
  TRUST_PROXY: z
    .string()
    .trim()
    .default("false")
    .transform((v, ctx) => {
      if (v === "true") return 1;
      if (v === "false" || v === "") return 0;
      if (/^\d{1,2}$/.test(v) && Number(v) <= 10) return Number(v);
      ctx.addIssue({ code: "custom", message: "TRUST_PROXY ska vara antalet proxyservrar framför Samverka (0–10), eller true (= 1) eller false (= 0)" });
      return z.NEVER;
    }),
  SIGN_IN_ATTEMPTS_PER_IP: z.coerce.number({ message: "SIGN_IN_ATTEMPTS_PER_IP ska vara ett heltal" }).int("SIGN_IN_ATTEMPTS_PER_IP ska vara ett heltal").min(1, "SIGN_IN_ATTEMPTS_PER_IP ska vara minst 1").default(30),
  SESSION_IDLE_MINUTES: z.coerce.number({ message: "SESSION_IDLE_MINUTES ska vara ett heltal" }).int("SESSION_IDLE_MINUTES ska vara ett heltal").min(1, "SESSION_IDLE_MINUTES ska vara 1–720 (minuter)").max(720, "SESSION_IDLE_MINUTES ska vara 1–720 (minuter)").default(120),
  CONTACT_REQUESTS_PER_IP: z.coerce.number({ message: "CONTACT_REQUESTS_PER_IP ska vara ett heltal" }).int("CONTACT_REQUESTS_PER_IP ska vara ett heltal").min(1, "CONTACT_REQUESTS_PER_IP ska vara minst 1").default(10),
  CONTACT_MIN_FILL_SECONDS: z.coerce.number({ message: "CONTACT_MIN_FILL_SECONDS ska vara ett heltal" }).int("CONTACT_MIN_FILL_SECONDS ska vara ett heltal").min(0, "CONTACT_MIN_FILL_SECONDS ska vara 0–60").max(60, "CONTACT_MIN_FILL_SECONDS ska vara 0–60").default(3),
  MAIL_ATTEMPTS: z.coerce.number({ message: "MAIL_ATTEMPTS ska vara ett heltal" }).int("MAIL_ATTEMPTS ska vara ett heltal").min(1, "MAIL_ATTEMPTS ska vara 1–20").max(20, "MAIL_ATTEMPTS ska vara 1–20").default(8),
  QUERY_COUNT_HEADER: z.enum(["true", "false"], { message: "QUERY_COUNT_HEADER ska vara true eller false" }).default("false"),
  CASE_NUMBER_SOURCE: z.enum(["samverka", "diarium"], { message: "CASE_NUMBER_SOURCE ska vara samverka (Samverka numrerar ärenden) eller diarium (registratorn anger diariets nummer)" }).default("samverka"),
});

export type AppConfig = {
  env: "production" | "development" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  sessionSecret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  demoData: boolean;
  /** Reverse proxies in front of the app whose X-Forwarded-For/-Proto are trusted (0 = none). */
  trustProxy: number;
  caseNumberSource: "samverka" | "diarium";
  signInAttemptsPerIp: number;
  /** The base map under the city's maps (MAP_TILES_URL, MAP_TILES_ATTRIBUTION); null: the areas alone. */
  mapTiles: MapTiles | null;
  sessionIdleMinutes: number;
  contactRequestsPerIp: number;
  contactMinFillSeconds: number;
  /** How many times the job queue tries a mail before its delivery gives up (MAIL_ATTEMPTS, default 8). */
  mailAttempts: number;
  /** Each response says how many database queries it took (X-Query-Count), for the load benchmark. */
  queryCountHeader: boolean;
};

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Felaktig konfiguration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  const mapTiles = readMapTiles(env.MAP_TILES_URL, env.MAP_TILES_ATTRIBUTION);
  if (!parsed.success || !mapTiles.ok) {
    throw new ConfigError([...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)), ...(mapTiles.ok ? [] : mapTiles.problems)]);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    publicUrl: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    sessionSecret: c.SESSION_SECRET,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    demoData: c.DEMO_DATA === "true",
    trustProxy: c.TRUST_PROXY,
    caseNumberSource: c.CASE_NUMBER_SOURCE,
    signInAttemptsPerIp: c.SIGN_IN_ATTEMPTS_PER_IP,
    mapTiles: mapTiles.value,
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    contactRequestsPerIp: c.CONTACT_REQUESTS_PER_IP,
    contactMinFillSeconds: c.CONTACT_MIN_FILL_SECONDS,
    mailAttempts: c.MAIL_ATTEMPTS,
    queryCountHeader: c.QUERY_COUNT_HEADER === "true",
  };
}
