// web-ext ships no types: the part of its programmatic API the package test uses.
declare module 'web-ext' {
  export interface LintMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description?: string;
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    metadata: Record<string, unknown>;
    errors: LintMessage[];
    notices: LintMessage[];
    warnings: LintMessage[];
  }
  export interface LintParams {
    sourceDir: string;
    artifactsDir?: string;
    output?: 'text' | 'json' | 'none';
    selfHosted?: boolean;
    privileged?: boolean;
    warningsAsErrors?: boolean;
    boring?: boolean;
  }
  const webExt: {
    cmd: { lint(params: LintParams, options?: { shouldExitProgram?: boolean }): Promise<LintResult> };
  };
  export default webExt;
}
