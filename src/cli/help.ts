/** The CLI's --help text. */
export const HELP = `SES Policy Builder: least-privilege IAM policies for sending mail through Amazon SES.

Usage: npm run --silent policy -- <command> [options]

Commands:
  generate            Print the policy JSON for the configuration
                      (--format json adds the reasons and notes).
  link                Print the share-link fragment for the configuration.
  senders             List senders and their features (--format text|json).
  check FILE          Check an existing policy against the configuration ("-" reads stdin).
                      --format text|json. Exit 0: no error and nothing missing; 1 otherwise.

Configuration options (repeat the ones marked * for several values):
  --sender ID               anymail (default), anymail-v1, smtp
  --feature ID *            send, templates, sns-confirm, s3-inbound (default: send)
  --identity NAME *         verified identity: example.com or me@example.com
  --region NAME *           e.g. us-east-1 (default: any region, *)
  --account ID              12-digit account ID (default: any account, *)
  --partition NAME          aws (default), aws-cn, aws-us-gov
  --from PATTERN *          restrict the From address, e.g. '*@example.com'
  --configuration-set NAME *
  --template NAME *
  --sns-topic ARN *
  --s3-bucket NAME
  --s3-prefix PREFIX
  --sandbox                 the account is still in the SES sandbox
  --recipient NAME *        verified recipient identity (sandbox)
  --allow-send-email        also grant ses:SendEmail
  --config FILE             start from a configuration JSON file (the share-link state)
  --link URL|FRAGMENT       start from a share link
  --include-policy          (link) include the policy given by --link in the new link

Exit codes: 0 success, 1 check found problems, 2 usage error or unreadable input.
`
