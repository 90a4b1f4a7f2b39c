/**
 * How much of IAM's size quotas a policy uses. IAM counts characters without white space, and a
 * policy that is too long for where it is attached is rejected outright, so it is worth a line.
 */
import Typography from '@mui/material/Typography'
import { measurePolicy, SIZE_QUOTAS } from '../../core'
import type { SizeReport } from '../../core'

const WHERE = [
  ['userInline', 'user inline'],
  ['groupInline', 'group inline'],
  ['managed', 'managed'],
  ['roleInline', 'role inline'],
] as const

/** One line: the character count and the attachments it fits or is too long for. */
export function PolicySize({ text, sizes }: { text?: string; sizes?: SizeReport }) {
  const report = sizes ?? measurePolicy(text ?? '')
  const tooLong = WHERE.filter(([kind]) => !report.fits[kind])
  const fitsAll = tooLong.length === 0
  return (
    <Typography
      variant="caption"
      color={fitsAll ? 'text.secondary' : 'warning.main'}
      data-testid="policy-size"
      data-characters={report.characters}
      sx={{ display: 'block', mt: 1 }}
    >
      {report.characters.toLocaleString('en')} characters as IAM counts them (no white space).{' '}
      {fitsAll
        ? `Fits every quota, the smallest being a user's inline policies (${SIZE_QUOTAS.userInline.toLocaleString('en')}).`
        : `Too long for: ${tooLong.map(([kind, label]) => `${label} (${SIZE_QUOTAS[kind].toLocaleString('en')})`).join(', ')}.`}
    </Typography>
  )
}
