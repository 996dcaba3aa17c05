import { describe, expect, it } from 'vitest';
import {
  clockSeparator,
  dayPartOrder,
  daysInMonth,
  monthNames,
  parseDayFirst,
  readClock,
  readDateTime,
  readDay,
  splitValue,
} from '../../renderer/src/date-input';

describe('a date field read as a person types it', () => {
  it('asks for the day first, then the month, then the year, in both languages', () => {
    expect(dayPartOrder('id')).toEqual(['day', 'month', 'year']);
    expect(dayPartOrder('en')).toEqual(['day', 'month', 'year']);
  });

  it('names the months in Bahasa Indonesia and in English', () => {
    expect(monthNames('id')[0]).toBe('Januari');
    expect(monthNames('id')[11]).toBe('Desember');
    expect(monthNames('en')[7]).toBe('August');
    expect(monthNames('en')).toHaveLength(12);
  });

  it('separates the hour from the minute the way each language writes the time', () => {
    expect(clockSeparator('id')).toBe('.');
    expect(clockSeparator('en')).toBe(':');
  });

  it('gives the day typed as the value the forms keep', () => {
    expect(readDay({ day: '6', month: '12', year: '2026' })).toEqual({
      ok: true,
      value: '2026-12-06',
    });
    expect(readDay({ day: '06', month: '1', year: '2025' })).toEqual({
      ok: true,
      value: '2025-01-06',
    });
  });

  it('gives nothing for an empty field, so a filter can be cleared', () => {
    expect(readDay({ day: '', month: '', year: '' })).toEqual({ ok: true, value: '' });
    expect(readDateTime({ day: '', month: '', year: '', hour: '', minute: '' })).toEqual({
      ok: true,
      value: '',
    });
  });

  it('says a date is incomplete while a part is missing', () => {
    expect(readDay({ day: '6', month: '', year: '2026' })).toEqual({
      ok: false,
      problem: 'incomplete',
    });
    expect(readDateTime({ day: '6', month: '12', year: '2026', hour: '22', minute: '' })).toEqual({
      ok: false,
      problem: 'incomplete',
    });
  });

  it('refuses 31 February and 31 April, and says how many days the month has', () => {
    expect(readDay({ day: '31', month: '2', year: '2026' })).toEqual({
      ok: false,
      problem: 'noSuchDay',
      daysInMonth: 28,
    });
    expect(readDay({ day: '31', month: '4', year: '2026' })).toMatchObject({ daysInMonth: 30 });
    expect(readDay({ day: '0', month: '4', year: '2026' })).toMatchObject({ ok: false });
  });

  it('knows leap years: 29 February 2028 and 2000 exist, 2026 and 1900 do not', () => {
    expect(readDay({ day: '29', month: '2', year: '2028' })).toEqual({
      ok: true,
      value: '2028-02-29',
    });
    expect(readDay({ day: '29', month: '2', year: '2000' })).toMatchObject({ ok: true });
    expect(readDay({ day: '29', month: '2', year: '2026' })).toMatchObject({
      problem: 'noSuchDay',
    });
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('wants the year in four digits', () => {
    expect(readDay({ day: '6', month: '12', year: '26' })).toEqual({ ok: false, problem: 'year' });
  });

  it('reads the time on the 24-hour clock and refuses 24:00 and minute 60', () => {
    expect(readClock({ hour: '22', minute: '47' })).toEqual({ ok: true, value: '22:47' });
    expect(readClock({ hour: '0', minute: '5' })).toEqual({ ok: true, value: '00:05' });
    expect(readClock({ hour: '23', minute: '59' })).toMatchObject({ ok: true });
    expect(readClock({ hour: '24', minute: '00' })).toEqual({ ok: false, problem: 'hour' });
    expect(readClock({ hour: '12', minute: '60' })).toEqual({ ok: false, problem: 'minute' });
  });

  it('gives a date and time as the local moment the session forms keep', () => {
    expect(readDateTime({ day: '6', month: '12', year: '2026', hour: '22', minute: '47' })).toEqual(
      { ok: true, value: '2026-12-06T22:47' },
    );
    expect(
      readDateTime({ day: '31', month: '2', year: '2026', hour: '22', minute: '47' }),
    ).toMatchObject({ problem: 'noSuchDay' });
  });

  it('shows a kept value back as its parts', () => {
    expect(splitValue('2026-12-06T22:47')).toEqual({
      day: '06',
      month: '12',
      year: '2026',
      hour: '22',
      minute: '47',
    });
    expect(splitValue('2025-03-01')).toMatchObject({ day: '01', month: '3', year: '2025' });
    expect(splitValue('')).toEqual({ day: '', month: '', year: '', hour: '', minute: '' });
  });

  it('reads a pasted date day first, with or without its time', () => {
    expect(parseDayFirst('6/12/2026')).toMatchObject({ day: '06', month: '12', year: '2026' });
    expect(parseDayFirst('06-12-2026 22.47')).toMatchObject({ hour: '22', minute: '47' });
    expect(parseDayFirst('6.12.2026, 22:47')).toMatchObject({ day: '06', hour: '22' });
    expect(parseDayFirst('2026-12-06T22:47')).toMatchObject({ day: '06', month: '12' });
    expect(parseDayFirst('besok')).toBeNull();
  });
});
