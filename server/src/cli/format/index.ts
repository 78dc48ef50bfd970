/** The output formats by name. */
import type { Formatter } from './context';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github };

export const formatNames = Object.keys(formatters);
