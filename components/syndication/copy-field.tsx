type Props = { id: string; label: string; value: string; rows?: number }

const className =
  'border-line mt-1.5 block w-full bg-field rounded-md border px-3 py-2 font-mono text-sm shadow-xs'

/**
 * Text to copy into another site, selectable without JavaScript: read-only, labelled, and a
 * textarea when it spans lines.
 */
export function CopyField({ id, label, value, rows }: Props) {
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {rows ? (
        <textarea id={id} readOnly rows={rows} value={value} className={className} />
      ) : (
        <input id={id} type="text" readOnly value={value} className={className} />
      )}
    </div>
  )
}
