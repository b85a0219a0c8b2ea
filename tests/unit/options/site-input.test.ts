import { describe, expect, test } from 'vitest';
import { hostFromInput } from '../../../src/options/site-input';

describe('hostFromInput', () => {
  test.each([
    ['example.com', { host: 'example.com' }],
    ['  WWW.Example.com ', { host: 'www.example.com' }],
    ['https://news.example.com/2024/story?id=1#top', { host: 'news.example.com' }],
    ['http://localhost:8080/', { host: 'localhost' }],
    ['https://127.0.0.1/x', { host: '127.0.0.1' }],
    ['https://例子.中国/', { host: 'xn--fsqu00a.xn--fiqs8s' }],
    ['例子.中国', { host: 'xn--fsqu00a.xn--fiqs8s' }],
    ['Bücher.example', { host: 'xn--bcher-kva.example' }],
    ['ｅｘａｍｐｌｅ．com', { host: 'example.com' }],
    ['例子.中国/路径', { error: 'invalid' }],
    ['例子.中国:8080', { error: 'invalid' }],
    ['例 子.中国', { error: 'invalid' }],
    ['', { error: 'empty' }],
    ['   ', { error: 'empty' }],
    ['example', { error: 'invalid' }],
    ['example.com/path', { error: 'invalid' }],
    ['example.com:8080', { error: 'invalid' }],
    ['exa mple.com', { error: 'invalid' }],
    ['*.example.com', { error: 'invalid' }],
    ['ftp://example.com', { error: 'invalid' }],
    ['file:///etc/hosts', { error: 'invalid' }],
    ['https://', { error: 'invalid' }],
    ['chrome://extensions', { error: 'invalid' }],
    [`https://${'a'.repeat(3000)}.com`, { error: 'invalid' }],
  ])('%j → %j', (input, expected) => {
    expect(hostFromInput(input)).toEqual(expected);
  });
});
