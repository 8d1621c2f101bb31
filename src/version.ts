import packageJson from '../package.json' with { type: 'json' };

/** The package version, shown by `--version` and written into SARIF and reports. */
export const VERSION: string = packageJson.version;
