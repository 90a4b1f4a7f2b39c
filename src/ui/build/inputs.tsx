/**
 * One input per kind of configuration field, each wired to the store and showing its own
 * issues. The form composes these; none of them knows about the others.
 */
import FormControlLabel from '@mui/material/FormControlLabel'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import { FIELD_HELP } from '../../core'
import type { Config, ConfigField } from '../../core'
import { usePageStore } from '../store'
import { FieldHelp, HelpLabel } from './FieldHelp'
import type { FieldIssues } from './issues'
import { ListField } from './ListField'

/** The fields that hold a list of strings. */
export type ListKey = {
  [K in ConfigField]: Config[K] extends readonly string[] ? K : never
}[ConfigField]

interface InputProps<K> {
  readonly field: K
  readonly label: string
  readonly placeholder: string
  readonly issues: FieldIssues
}

export function ListInput(props: InputProps<ListKey> & { suggestions?: readonly string[] }) {
  const { field, label, placeholder, issues, suggestions } = props
  const values = usePageStore((s) => s.config[field])
  const setField = usePageStore((s) => s.setField)
  return (
    <ListField
      id={field}
      label={<HelpLabel id={field} label={label} help={FIELD_HELP[field]} />}
      values={values}
      onChange={(next) => setField(field, next)}
      placeholder={placeholder}
      badIndexes={issues.badIndexes}
      helperText={issues.messages.join(' ') || undefined}
      error={issues.messages.length > 0}
      {...(suggestions && { suggestions })}
    />
  )
}

export function TextInput(props: InputProps<'account' | 's3Bucket' | 's3Prefix'>) {
  const { field, label, placeholder, issues } = props
  const value = usePageStore((s) => s.config[field])
  const setField = usePageStore((s) => s.setField)
  return (
    <TextField
      label={<HelpLabel id={field} label={label} help={FIELD_HELP[field]} />}
      value={value}
      placeholder={placeholder}
      onChange={(event) => setField(field, event.target.value.trim())}
      error={issues.messages.length > 0}
      helperText={issues.messages.join(' ') || undefined}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `input-${field}` } }}
    />
  )
}

export interface SelectInputProps {
  readonly field: ConfigField
  readonly label: string
  readonly value: string
  readonly options: readonly { readonly value: string; readonly label: string }[]
  readonly onChange: (value: string) => void
  readonly helperText?: string | undefined
}

/** A native select: accessible, quick on phones, and simple for tests to drive. */
export function SelectInput({
  field,
  label,
  value,
  options,
  onChange,
  helperText,
}: SelectInputProps) {
  return (
    <TextField
      select
      label={<HelpLabel id={field} label={label} help={FIELD_HELP[field]} />}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      helperText={helperText}
      slotProps={{
        select: { native: true },
        inputLabel: { shrink: true },
        htmlInput: { 'data-testid': `input-${field}` },
      }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  )
}

export function Toggle({ field, label }: { field: 'sandbox' | 'allowSendEmail'; label: string }) {
  const value = usePageStore((s) => s.config[field])
  const setField = usePageStore((s) => s.setField)
  return (
    <FormControlLabel
      control={
        <Switch
          size="small"
          checked={value}
          onChange={(event) => setField(field, event.target.checked)}
          slotProps={{ input: { 'data-testid': `switch-${field}` } as object }}
        />
      }
      label={
        <span>
          {label}
          <FieldHelp id={field} text={FIELD_HELP[field]} />
        </span>
      }
    />
  )
}
