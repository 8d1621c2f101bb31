import { type Command } from '../command.js';
export declare const newCommand: Command;
