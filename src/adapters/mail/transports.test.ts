import { describe, expect, it } from "vitest";
import { smtpOptionsWithoutLogging } from "./transports.ts";

describe("smtpOptionsWithoutLogging", () => {
  it("takes nodemailer's logging parameters out of SMTP_URL and switches logging off", () => {
    const options = smtpOptionsWithoutLogging("smtp://user:p%40ss@mail.example:587?debug=true&logger=true&transactionLog=true&ignoreTLS=true");
    expect(options).toEqual({ url: "smtp://user:p%40ss@mail.example:587?ignoreTLS=true", logger: false, debug: false, transactionLog: false });
  });

  it("keeps a URL without them as it is", () => {
    expect(smtpOptionsWithoutLogging("smtps://mail.example:465").url).toBe("smtps://mail.example:465");
  });
});
