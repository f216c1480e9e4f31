import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, SUBMISSION_ID_FIELD } from '@/lib/contact/fields'

type Props = { article?: string; formToken: string; submissionId: string }

/**
 * What the server needs besides the visible fields: the article the visitor came from, when the
 * form was shown (signed), an id that makes a resubmit a duplicate, and a honeypot people never
 * see or reach by keyboard but form-filling bots fill in.
 */
export function HiddenFields({ article, formToken, submissionId }: Props) {
  return (
    <>
      <input type="hidden" name="article" value={article ?? ''} />
      <input type="hidden" name={FORM_TOKEN_FIELD} value={formToken} />
      <input type="hidden" name={SUBMISSION_ID_FIELD} value={submissionId} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>Leave this field empty</label>
        <input
          id={HONEYPOT_FIELD}
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
    </>
  )
}
