/**
 * The builder's inputs, in the order a user knows the answers: what the app is, where it
 * sends from, what else it does, and the account's state. Each input writes straight into the
 * store; the policy beside it is recomputed on the next render.
 */
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormGroup from '@mui/material/FormGroup'
import FormHelperText from '@mui/material/FormHelperText'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useMemo } from 'react'
import type { ReactNode } from 'react'
import { FIELD_HELP, PARTITIONS, REGIONS, SENDERS, validateConfig } from '../../core'
import type { Config, ConfigField, FeatureId, SenderId } from '../../core'
import { usePageStore } from '../store'
import { FieldHelp } from './FieldHelp'
import { ListInput, SelectInput, TextInput, Toggle } from './inputs'
import { groupIssues } from './issues'
import type { FieldIssues } from './issues'

type IssuesOf = (field: ConfigField) => FieldIssues

export function ConfigForm() {
  const config = usePageStore((s) => s.config)
  const issuesOf = useMemo(() => groupIssues(validateConfig(config)), [config])
  const has = (feature: FeatureId): boolean => config.features.includes(feature)

  return (
    <Stack spacing={2} data-testid="config-form">
      <ApplicationSection config={config} issuesOf={issuesOf} />
      <Section title="Where it sends from">
        <SelectInput
          field="partition"
          label="Partition"
          value={config.partition}
          options={PARTITIONS.map((p) => ({ value: p, label: p }))}
          onChange={(p) => usePageStore.getState().setField('partition', p as Config['partition'])}
        />
        <ListInput
          field="regions"
          label="Regions"
          placeholder="any region, e.g. us-east-1"
          issues={issuesOf('regions')}
          suggestions={REGIONS[config.partition]}
        />
        <TextInput
          field="account"
          label="Account ID"
          placeholder="any account, e.g. 111122223333"
          issues={issuesOf('account')}
        />
        <ListInput
          field="identities"
          label="Sending identities"
          placeholder="any identity, e.g. example.com"
          issues={issuesOf('identities')}
        />
        <ListInput
          field="fromAddresses"
          label="Allowed From addresses"
          placeholder="no restriction, e.g. *@example.com"
          issues={issuesOf('fromAddresses')}
        />
        <ListInput
          field="configurationSets"
          label="Configuration sets"
          placeholder="none"
          issues={issuesOf('configurationSets')}
        />
        {has('templates') && (
          <ListInput
            field="templates"
            label="Templates"
            placeholder="any template, e.g. welcome"
            issues={issuesOf('templates')}
          />
        )}
      </Section>
      {(has('sns-confirm') || has('s3-inbound')) && (
        <Section title="Webhooks and inbound mail">
          {has('sns-confirm') && (
            <ListInput
              field="snsTopics"
              label="SNS topic ARNs"
              placeholder="any topic"
              issues={issuesOf('snsTopics')}
            />
          )}
          {has('s3-inbound') && (
            <>
              <TextInput
                field="s3Bucket"
                label="S3 bucket"
                placeholder="inbound-mail-bucket"
                issues={issuesOf('s3Bucket')}
              />
              <TextInput
                field="s3Prefix"
                label="S3 key prefix"
                placeholder="whole bucket"
                issues={issuesOf('s3Prefix')}
              />
            </>
          )}
        </Section>
      )}
      <Section title="Account state and choices">
        <Toggle field="sandbox" label="Account is still in the SES sandbox" />
        {config.sandbox && (
          <ListInput
            field="recipients"
            label="Verified recipient identities"
            placeholder="any identity"
            issues={issuesOf('recipients')}
          />
        )}
        <Toggle field="allowSendEmail" label="Also allow ses:SendEmail" />
      </Section>
    </Stack>
  )
}

function ApplicationSection({ config, issuesOf }: { config: Config; issuesOf: IssuesOf }) {
  const setField = usePageStore((s) => s.setField)
  const sender = SENDERS.find((s) => s.id === config.sender) ?? SENDERS[0]

  const changeSender = (id: SenderId): void => {
    const offered = new Set(SENDERS.find((s) => s.id === id)?.features.map((f) => f.id))
    setField('sender', id)
    // Features the new sender lacks would only produce an issue the user did not cause.
    setField(
      'features',
      config.features.filter((f) => offered.has(f)),
    )
  }

  const toggleFeature = (feature: FeatureId, on: boolean): void => {
    const others = config.features.filter((f) => f !== feature)
    setField('features', on ? [...others, feature] : others)
  }

  return (
    <Section title="Application">
      <SelectInput
        field="sender"
        label="Sender"
        value={config.sender}
        options={SENDERS.map((s) => ({ value: s.id, label: s.label }))}
        onChange={(id) => changeSender(id as SenderId)}
        helperText={sender?.description}
      />
      <Box>
        <Typography variant="body2" color="text.secondary" component="div">
          What the app does
          <FieldHelp id="features" text={FIELD_HELP.features} />
        </Typography>
        <FormGroup data-testid="features">
          {sender?.features.map((feature) => (
            <FormControlLabel
              key={feature.id}
              control={
                <Checkbox
                  size="small"
                  checked={config.features.includes(feature.id)}
                  onChange={(event) => toggleFeature(feature.id, event.target.checked)}
                  slotProps={{ input: { 'data-testid': `feature-${feature.id}` } as object }}
                />
              }
              label={
                <span>
                  {feature.label}
                  <FieldHelp id={`feature-${feature.id}`} text={feature.description} />
                </span>
              }
            />
          ))}
        </FormGroup>
        {issuesOf('features').messages.map((message) => (
          <FormHelperText error key={message}>
            {message}
          </FormHelperText>
        ))}
      </Box>
    </Section>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  )
}
