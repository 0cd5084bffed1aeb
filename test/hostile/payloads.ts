/**
 * Hostile article content: each payload reports itself through `REPORT(name)` if it ever runs. The unit
 * test substitutes a jsdom callback; the real-browser test substitutes an image request to its own server,
 * which stays silent when nothing runs.
 */
export interface Payload {
  name: string;
  /** Markup placed inside an article paragraph's surroundings; `REPORT` is replaced per environment. */
  html: string;
}

export const PAYLOADS: readonly Payload[] = [
  { name: 'script-element', html: '<script>REPORT("script-element")</script>' },
  { name: 'img-onerror', html: '<img src="x" onerror="REPORT(\'img-onerror\')">' },
  { name: 'handler-attributes', html: '<p onclick="REPORT(\'onclick\')" onmouseover="REPORT(\'onmouseover\')" onfocus="REPORT(\'onfocus\')" tabindex="0" autofocus>Hover me</p>' },
  { name: 'javascript-link', html: '<a href="javascript:REPORT(\'javascript-link\')">plain</a>' },
  { name: 'javascript-link-whitespace', html: '<a href="  \tjavascript:REPORT(\'ws\')">spaced</a><a href="java&#x09;script:REPORT(\'tab\')">tab</a><a href="java\nscript:REPORT(\'nl\')">newline</a>' },
  { name: 'javascript-link-entities', html: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;REPORT(\'entities\')">entities</a><a href="&#x6A;avascript&colon;REPORT(\'hex\')">hex</a>' },
  { name: 'javascript-link-case', html: '<a href="JaVaScRiPt:REPORT(\'case\')">case</a><a href="vbscript:msgbox(1)">vb</a>' },
  { name: 'data-html-link', html: '<a href="data:text/html,&lt;script&gt;REPORT(\'data-html\')&lt;/script&gt;">data</a><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">b64</a>' },
  { name: 'svg', html: '<svg onload="REPORT(\'svg-onload\')"><script>REPORT("svg-script")</script><a xlink:href="javascript:REPORT(\'svg-link\')"><text x="0" y="15">svg</text></a><animate onbegin="REPORT(\'animate\')" attributeName="x" dur="1s"/><image href="http://127.0.0.1:1/pwned/svg-image"/></svg>' },
  { name: 'mathml', html: '<math><mtext><table><mglyph><style><img src=x onerror="REPORT(\'mathml\')"></style></mglyph></table></mtext><maction actiontype="statusline" xlink:href="javascript:REPORT(\'maction\')">m</maction></math>' },
  { name: 'iframe-srcdoc', html: '<iframe srcdoc="&lt;script&gt;parent.REPORT(\'srcdoc\')&lt;/script&gt;"></iframe><iframe src="javascript:REPORT(\'iframe-js\')"></iframe><frame src="javascript:REPORT(\'frame\')">' },
  { name: 'forms', html: '<form action="javascript:REPORT(\'form-action\')"><input autofocus onfocus="REPORT(\'input-focus\')"><button formaction="javascript:REPORT(\'formaction\')">Go</button><input type="image" src="x" onerror="REPORT(\'input-image\')"></form>' },
  { name: 'meta-refresh', html: '<meta http-equiv="refresh" content="0;url=javascript:REPORT(\'meta\')"><meta http-equiv="refresh" content="0;url=http://127.0.0.1:1/pwned/meta">' },
  { name: 'base', html: '<base href="javascript:REPORT(\'base\')//"><a href="relative/path">relative</a>' },
  { name: 'css-imports', html: '<link rel="stylesheet" href="http://127.0.0.1:1/pwned/link-css"><link rel="prefetch" href="http://127.0.0.1:1/pwned/prefetch"><style>@import url("http://127.0.0.1:1/pwned/import"); p { background: url("http://127.0.0.1:1/pwned/style-bg") }</style><p style="background-image:url(http://127.0.0.1:1/pwned/inline-bg)">styled</p>' },
  { name: 'dom-clobbering', html: '<img name="getElementById" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><form id="content"></form><a id="ql-settings" name="body">clobber</a><p id="toolbar-actions">clobber</p>' },
  { name: 'mutation-xss', html: '<noscript><p title="</noscript><img src=x onerror=REPORT(\'noscript\')>"></p></noscript><svg></p><style><a id="</style><img src=1 onerror=REPORT(\'mxss-svg\')>"></svg><math><mi><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=REPORT(\'mxss-math\') src=1>"></path></textarea></mtext></svg></mglyph></table></mi></math>' },
  { name: 'markup-in-quotation', html: '<p>The attacker said, “&lt;img src=x onerror=REPORT(\'quoted\')&gt; is harmless,” and smiled.</p>' },
  { name: 'data-attributes', html: '<p data-x=\'"><img src=x onerror=REPORT("data-attr")>\' data-speaker="&lt;script&gt;REPORT(1)&lt;/script&gt;">Data attributes.</p>' },
  { name: 'object-embed', html: '<object data="javascript:REPORT(\'object\')"></object><embed src="javascript:REPORT(\'embed\')"><applet code="x"></applet>' },
  { name: 'image-sources', html: '<img src="javascript:REPORT(\'img-js\')"><img srcset="javascript:REPORT(\'srcset\') 1x, http://127.0.0.1:1/ok.png 2x" src="data:text/html,&lt;script&gt;x&lt;/script&gt;"><video poster="http://127.0.0.1:1/pwned/poster" src="http://127.0.0.1:1/pwned/video"></video><audio src="http://127.0.0.1:1/pwned/audio"></audio>' },
  { name: 'link-targets', html: '<a href="https://example.com/ok" target="_self">same tab</a><a href="https://example.com/top" target="_top">top</a><a href="https://example.com/p" ping="http://127.0.0.1:1/pwned/ping">ping</a>' },
  { name: 'template-slot', html: '<template><img src=x onerror="REPORT(\'template\')"></template><details open ontoggle="REPORT(\'details\')"><summary>More</summary>Text</details>' },
];

const PROSE = [
  'The city council met on Tuesday evening to discuss the new transport plan, which has divided residents for months.',
  'Supporters say the plan will cut travel times across the river by a third, while critics warn of higher fares.',
  '“We have listened to every neighbourhood,” the council leader said after the vote, adding that work would begin in spring.',
  'Opponents gathered outside the town hall with placards, and several local shops closed early in solidarity with them.',
];

/** A realistic article page carrying `payload` in its body, so Readability keeps it. */
export function hostilePage(payload: Payload, report: (name: string) => string): string {
  const html = payload.html.replace(/REPORT\((["'])([^"']*)\1\)|REPORT\(([^)]*)\)/g, (_m, _q, name: string | undefined, raw: string | undefined) =>
    report(name ?? raw ?? payload.name));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves transport plan: ${payload.name}</title>
<meta property="og:site_name" content="Hostile Times"></head><body>
<article><h1>Council approves transport plan</h1><p class="byline">By Test Writer</p>
<p>${PROSE[0]}</p><p>${PROSE[1]} ${html}</p><div>${html}</div><p>${PROSE[2]}</p><p>${PROSE[3]}</p>
<p>${PROSE[1]}</p><p>${PROSE[0]}</p></article></body></html>`;
}
