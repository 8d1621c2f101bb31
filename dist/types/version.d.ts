/** The package version, shown by `--version` and written into SARIF and reports. */
export declare const VERSION: string;
