/** The --help text. */
export const USAGE = `Usage: hype-scan [options] <file ...>
       hype-scan [options] -          read standard input

Finds AI scaling hype in prose and answers it with the facts from
Narayanan and Kapoor's essay "AI scaling myths".

Input
  --type text|html|markdown   how to read the input (default: by extension:
                              .html .htm → html, .md .markdown → markdown,
                              else text; standard input is text)
  --lang auto|en|ko           language of the text (default auto: by script,
                              per sentence); also the language of the verdicts
  --lines                     each input line is its own document (one input)

Output
  --format text|json|jsonl    text (default): each finding in context with the
                              card's verdict; json: one array of
                              {file, matches}; jsonl: one object per line
                              (with --lines: one {line, matches} per input line)
  --all                       also show findings whose sentence rejects the myth
  --list-myths                list the myths that are looked for, and exit

Exit status
  --fail-on assert|report     exit 1 when a finding asserts a myth (assert),
                              or asserts or reports one (report)
  0 otherwise; 2 on an unreadable input or a bad flag.

  -h, --help                  show this help
  -v, --version               show the version
`;
