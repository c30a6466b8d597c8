/**
 * Well-known XSS payloads, written from the public cheat sheets (OWASP's XSS Filter Evasion Cheat
 * Sheet, PortSwigger's XSS cheat sheet, the DOMPurify mutation-XSS reports). Each one, if it ever
 * ran as HTML, would leave a trace the XSS guard sees: a dialog, `window.__xss`, a request to
 * `xss.invalid`, or an element carrying `data-xss`.
 */

/** The host no payload may reach: `.invalid` never resolves (RFC 2606). */
export const OFF_HOST = 'xss.invalid';

export const PAYLOADS: readonly string[] = [
  `<script>alert('xss-1')</script>`,
  `<script src="http://${OFF_HOST}/2.js"></script>`,
  `<img src=x onerror="alert('xss-3')" data-xss>`,
  `<img src="http://${OFF_HOST}/4.png" data-xss>`,
  `<svg onload="window.__xss=5" data-xss>`,
  `<svg><script>window.__xss=6</script></svg>`,
  `<iframe srcdoc="<script>parent.__xss=7</script>" data-xss></iframe>`,
  `<iframe src="javascript:parent.__xss=8" data-xss></iframe>`,
  `<a href="javascript:window.__xss=9" data-xss>click me</a>`,
  `<a href="jav&#x09;ascript:alert('xss-10')" data-xss>tab in the scheme</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=11" data-xss>entities</a>`,
  `<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;('xss-12') data-xss>`,
  `<img src=x onerror=eval(atob('d2luZG93Ll9feHNzPTEz')) data-xss>`,
  `<body onload="window.__xss=14">`,
  `<details open ontoggle="window.__xss=15" data-xss>`,
  `<input autofocus onfocus="window.__xss=16" data-xss>`,
  `<object data="javascript:window.__xss=17" data-xss></object>`,
  `<embed src="data:text/html,<script>parent.__xss=18</script>" data-xss>`,
  `<noscript><p title="</noscript><img src=x onerror=window.__xss=19 data-xss>">`,
  `</style><img src=x onerror=window.__xss=20 data-xss>`,
  `</textarea><img src=x onerror=window.__xss=21 data-xss>`,
  `</title><svg onload=window.__xss=22 data-xss>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=23 data-xss>`,
  `<template><img src=x onerror=window.__xss=24 data-xss></template>`,
  `<!--<img src="--><img src=x onerror=window.__xss=25 data-xss>">`,
  `"><img src=x onerror=window.__xss=26 data-xss>`,
  `'><svg/onload=window.__xss=27 data-xss>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__xss=28">`,
  `<base href="http://${OFF_HOST}/29/">`,
  `<link rel="stylesheet" href="http://${OFF_HOST}/30.css">`,
  `<div style="background:url(http://${OFF_HOST}/31.png)" data-xss>styled</div>`,
  `<form action="javascript:window.__xss=32"><button data-xss>go</button></form>`,
  `<video><source onerror="window.__xss=33" data-xss></video>`,
  `<x onmouseover="window.__xss=34" style="position:fixed;inset:0" data-xss>hover</x>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTM1Jyk8L3NjcmlwdD4=" data-xss>data url</a>`,
  `{{constructor.constructor('window.__xss=36')()}}`,
  '${window.__xss=37}',
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=window.__xss=38 )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.__xss=38//>\\x3e',
];

/** Markdown that a renderer turns into links, images or raw HTML. */
export const MARKDOWN_PAYLOADS: readonly string[] = [
  '[click me](javascript:window.__xss=41)',
  '![image](javascript:window.__xss=42)',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTQzJyk8L3NjcmlwdD4=)',
  '<javascript:window.__xss=44>',
  `![pixel](http://${OFF_HOST}/45.png)`,
  '[reference][evil]\n\n[evil]: javascript:window.__xss=46',
];

/** Escapes every ASCII punctuation character, so Markdown reads the payload back as literal text. */
export const markdownLiteral = (text: string): string => text.replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** Escapes the payload for HTML text content, so a page shows it as literal text. */
export const htmlLiteral = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
