/**
 * Delivery of the mail outbox: due mail sent with retries and backoff, secrets opened only for delivery.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { DeliveryFailed, MailDelivery, SECRET_UNAVAILABLE, type DeliveryOutcome } from "./mail-delivery.ts";
