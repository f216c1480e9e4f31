// Names of the form's hidden fields. No `server-only`: the client form renders them.

/** A field people never see or fill; bots that fill every input reveal themselves. */
export const HONEYPOT_FIELD = 'website'

/** Carries the signed render time from `issueFormToken`. */
export const FORM_TOKEN_FIELD = 'formToken'

/** A random id the browser makes once per filled-in form, so a resubmit is recognised. */
export const SUBMISSION_ID_FIELD = 'submissionId'

/** People take longer than this to fill in a name, an email and 20 characters of message. */
export const MIN_FILL_MS = 3_000
