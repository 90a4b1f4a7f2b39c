/**
 * A list input (identities, regions, templates...) as chips. Typing a comma, a space or a
 * newline, pressing Enter or leaving the field turns the typed text into entries, so a pasted
 * comma-separated list works as well as typing one at a time.
 */
import Autocomplete from '@mui/material/Autocomplete'
import Chip from '@mui/material/Chip'
import TextField from '@mui/material/TextField'
import { useState } from 'react'
import type { ReactNode } from 'react'

export interface ListFieldProps {
  readonly id: string
  readonly label: ReactNode
  readonly values: readonly string[]
  readonly onChange: (values: string[]) => void
  readonly placeholder?: string
  /** Entries with a problem, by index, shown in red. */
  readonly badIndexes?: ReadonlySet<number>
  readonly helperText?: string | undefined
  readonly error?: boolean
  readonly suggestions?: readonly string[]
}

const SEPARATORS = /[\s,]+/

function addEntries(values: readonly string[], text: string): string[] {
  const added = text.split(SEPARATORS).filter((part) => part !== '' && !values.includes(part))
  return [...values, ...new Set(added)]
}

export function ListField(props: ListFieldProps) {
  const { id, label, values, onChange, placeholder, badIndexes, helperText, error } = props
  const [input, setInput] = useState('')

  const commit = (text: string): void => {
    if (text.trim() !== '') onChange(addEntries(values, text))
    setInput('')
  }

  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      options={[...(props.suggestions ?? [])]}
      value={[...values]}
      inputValue={input}
      onChange={(_event, next) => onChange(addEntries([], next.join(',')))}
      onInputChange={(_event, text, reason) => {
        if (reason === 'reset') return
        if (SEPARATORS.test(text.slice(-1))) commit(text)
        else setInput(text)
      }}
      onBlur={() => commit(input)}
      renderValue={(items, getItemProps) =>
        items.map((item, index) => {
          const { key, ...itemProps } = getItemProps({ index })
          return (
            <Chip
              key={key}
              {...itemProps}
              size="small"
              label={item}
              color={badIndexes?.has(index) ? 'error' : 'default'}
              data-testid={`chip-${id}`}
            />
          )
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={values.length === 0 ? placeholder : undefined}
          helperText={helperText}
          error={error ?? false}
          slotProps={{
            ...params.slotProps,
            inputLabel: { ...params.slotProps.inputLabel, shrink: true },
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': `input-${id}` },
          }}
        />
      )}
    />
  )
}
