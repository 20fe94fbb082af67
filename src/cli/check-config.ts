import * as config from '../check/config.js';
import * as files from '../repo/files.js';
import { UsageError, type CommandContext } from './io.js';

/** The plan.config.yaml that applies to the working folder, if any; a broken one is a usage error. */
export async function loadConfigFor(ctx: CommandContext): Promise<config.Config | undefined> {
  const { io, catalogue } = ctx;
  const configPath = config.findConfig(io.cwd);
  try {
    return configPath ? await config.loadConfig(configPath) : undefined;
  } catch (error) {
    if (error instanceof config.ConfigError) {
      throw new UsageError(catalogue.usage.config(files.displayPath(io.cwd, error.path), error.problem, error.detail, error.yaml));
    }
    throw error;
  }
}
