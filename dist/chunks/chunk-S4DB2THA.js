import {
  CHUNK_FILES,
  CLAIMED,
  CORE_SCHEMA,
  DONE,
  __commonJS,
  __require,
  __toESM,
  build,
  cached,
  deepClone,
  groupBy,
  isKustomizationDirectory,
  isObject,
  kustomizationFileNames,
  kustomizationFilesIn,
  lineLocator,
  loadAll,
  parallelTask,
  parseYamlDocuments,
  parseYamlFile,
  readKustomization,
  referencedPaths,
  restoreTextualNulls,
  setOwn,
  sha256Hex,
  startStream,
  uniqueBy,
  waitForChunks
} from "./chunk-PMRTESBQ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq5;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair2(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap5 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap5) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap5 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart2 = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart2 = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart2; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart2; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd3 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd3, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd3, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments4;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// src/output/escape.ts
var NAMED_CONTROLS = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeTerminal(text) {
  return text.replace(UNSAFE_FOR_TERMINAL, (character) => {
    const named = NAMED_CONTROLS[character];
    if (named) return named;
    const code = character.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}
var MARKDOWN_INLINE = /[\\`*_~[\]!|]/g;
function escapeMarkdown(text) {
  return escapeHtml(escapeTerminal(text)).replace(
    MARKDOWN_INLINE,
    (character) => `&#${character.charCodeAt(0)};`
  );
}
function escapeStrings(value, escape) {
  if (typeof value === "string") return escape(value);
  if (Array.isArray(value)) {
    let copy;
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      const escaped = escapeStrings(item, escape);
      if (escaped !== item) (copy ??= value.slice())[index] = escaped;
    }
    return copy ?? value;
  }
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value;
    let copy;
    for (const key of Object.keys(record)) {
      const escaped = escapeStrings(record[key], escape);
      if (escaped !== record[key]) setOwn(copy ??= { ...record }, key, escaped);
    }
    return copy ?? value;
  }
  return value;
}
function escapeTerminalLine(line) {
  const ending = line.endsWith("\r") ? "\r" : "";
  return line.slice(0, line.length - ending.length).split("	").map(escapeTerminal).join("	") + ending;
}

// src/output/mask-secrets.ts
var import_yaml = __toESM(require_dist(), 1);
var MASK = "<masked>";
var MAY_HOLD_SECRETS = /Secret|secretGenerator|\\/;
function maskSecretValues(text) {
  if (!MAY_HOLD_SECRETS.test(text)) return text;
  const spans = [];
  const lines = new import_yaml.LineCounter();
  for (const document of (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines })) {
    if (!("contents" in document) || !(0, import_yaml.isMap)(document.contents)) continue;
    if (document.get("kind") === "Secret")
      for (const field of ["data", "stringData"])
        spans.push(...mapValueSpans(document.get(field, true)));
    spans.push(...literalSpans(document.get("secretGenerator", true)));
  }
  return spans.length === 0 ? text : applyMasks(text, spans, lines);
}
function mapValueSpans(node) {
  if (!(0, import_yaml.isMap)(node)) return [];
  return node.items.flatMap((pair) => spanOf(pair.value));
}
function literalSpans(generators) {
  if (!(0, import_yaml.isSeq)(generators)) return [];
  return generators.items.flatMap((generator) => {
    const literals = (0, import_yaml.isMap)(generator) ? generator.get("literals", true) : void 0;
    return (0, import_yaml.isSeq)(literals) ? literals.items.flatMap(spanOf) : [];
  });
}
function spanOf(node) {
  const range = node?.range;
  if (!range || (0, import_yaml.isScalar)(node) && node.value === null) return [];
  return [[range[0], range[1]]];
}
function applyMasks(text, spans, lines) {
  const output = text.split("\n");
  for (const [start, end] of spans) {
    const first = lines.linePos(start);
    const last = lines.linePos(Math.max(start, end - 1));
    for (let line = first.line; line <= last.line; line++) {
      const original = output[line - 1] ?? "";
      const ending = original.endsWith("\r") ? "\r" : "";
      const body = ending ? original.slice(0, -1) : original;
      if (line !== first.line) {
        output[line - 1] = body.slice(0, body.length - body.trimStart().length) + ending;
        continue;
      }
      const to = last.line === first.line ? last.col : body.length;
      output[line - 1] = `${body.slice(0, first.col - 1)}${MASK}${body.slice(to)}${ending}`;
    }
  }
  return output.join("\n");
}
function maskSecretObject(object) {
  if (object.kind !== "Secret") return object;
  const masked = { ...object };
  for (const field of ["data", "stringData"]) {
    const values = object[field];
    if (isObject(values))
      masked[field] = Object.fromEntries(
        Object.entries(values).map(([key, value]) => [key, value === null ? null : MASK])
      );
  }
  return masked;
}

// src/flux/mappings.ts
import { posix as posix2 } from "node:path";

// src/flux/paths.ts
import { posix } from "node:path";
function artifactPath(path) {
  const segments = [];
  for (const segment of (path ?? "").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.length === 0 ? "." : segments.join("/");
}
function joinPaths(...paths) {
  return artifactPath(posix.join(...paths.map((path) => path === "." ? "" : path)));
}
function relativeInside(outer, inner) {
  if (outer === ".") return inner;
  if (inner === outer) return ".";
  return inner.startsWith(outer + "/") ? inner.slice(outer.length + 1) : void 0;
}

// src/flux/mappings.ts
var SOURCE_KINDS = [
  "GitRepository",
  "OCIRepository",
  "Bucket",
  "ExternalArtifact"
];
function parseSourceMapping(text) {
  const match = /^([^/=\s]+)\/([^/=\s]+)\/([^/=\s]+)=(.+)$/.exec(text.trim());
  if (!match) {
    return {
      error: `'${text}' is not <kind>/<namespace>/<name>=<folder> (for example OCIRepository/flux-system/apps=./deploy)`
    };
  }
  const [, kind = "", namespace = "", name = "", folder = ""] = match;
  if (!SOURCE_KINDS.includes(kind))
    return { error: `'${text}': the kind must be one of ${SOURCE_KINDS.join(", ")}, not '${kind}'` };
  if (folder.split(/[\\/]/).includes(".."))
    return { error: `'${text}': the folder must be inside the repository (no '..')` };
  return { kind, namespace, name, path: artifactPath(folder.trim()) };
}
var WORKFLOW_DIRECTORY = ".github/workflows";
function fluxPushes(fileSystem) {
  if (!fileSystem.isDirectory(WORKFLOW_DIRECTORY)) return [];
  const pushes = [];
  for (const name of fileSystem.readDirectory(WORKFLOW_DIRECTORY)) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = posix2.join(WORKFLOW_DIRECTORY, name);
    const text = fileSystem.readFile(file) ?? "";
    const environment = workflowEnvironment(text);
    for (const command of text.matchAll(/flux push artifact(?:[^\n]*\\\r?\n)*[^\n]*/g)) {
      const writtenPath = /--path[= ]["']?([^"'\s\\]+)/.exec(command[0])?.[1];
      if (writtenPath === void 0) continue;
      const url = /^flux push artifact\s+(?:\\\r?\n\s*)?["']?([^"'\s\\]+)/.exec(command[0])?.[1];
      pushes.push({
        file,
        line: text.slice(0, command.index).split("\n").length,
        repository: url === void 0 ? void 0 : artifactRepository(url, environment),
        writtenPath,
        path: artifactPath(writtenPath)
      });
    }
  }
  return pushes;
}
function workflowEnvironment(text) {
  const environment = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(
    /^\s+([A-Za-z_][A-Za-z0-9_]*):\s*["']?([^"'\s#]+)["']?\s*$/gm
  )) {
    const [, name = "", value = ""] = match;
    if (!value.includes("${{")) environment.set(name, value);
  }
  return environment;
}
function artifactRepository(url, environment) {
  const expanded = url.replace(
    /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, a, b, c) => environment.get(a ?? b ?? c ?? "") ?? whole
  );
  return ociRepository(expanded);
}
function ociRepository(url) {
  let repository = url.replace(/^oci:\/\//, "").replace(/@sha256:.*$/, "");
  const lastSlash = repository.lastIndexOf("/");
  const tag = repository.indexOf(":", lastSlash + 1);
  if (tag >= 0) repository = repository.slice(0, tag);
  if (repository.includes("$")) return void 0;
  return repository.replace(/\/$/, "").toLowerCase();
}

// src/flux/roots.ts
import { posix as posix8 } from "node:path";

// src/flux/generate.ts
import { posix as posix3 } from "node:path";

// src/flux/objects.ts
function objectAt(value, ...keys) {
  let current = value;
  for (const key of keys) current = isObject(current) ? current[key] : void 0;
  return isObject(current) ? current : void 0;
}
function stringAt(value, ...keys) {
  const last = keys.at(-1);
  const parent = keys.length > 1 ? objectAt(value, ...keys.slice(0, -1)) : value;
  const found = isObject(parent) && last !== void 0 ? parent[last] : void 0;
  return typeof found === "string" ? found : void 0;
}
function listAt(value, ...keys) {
  const last = keys.at(-1);
  const parent = keys.length > 1 ? objectAt(value, ...keys.slice(0, -1)) : value;
  const found = isObject(parent) && last !== void 0 ? parent[last] : void 0;
  return Array.isArray(found) ? found : [];
}
function stringMap(value) {
  const result = /* @__PURE__ */ new Map();
  if (!isObject(value)) return result;
  for (const [key, entry] of Object.entries(value)) {
    if (entry === null || entry === void 0) continue;
    result.set(key, typeof entry === "string" ? entry : String(entry));
  }
  return result;
}
function apiGroup(object) {
  const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
  return apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
}
function isKind(object, group, kind) {
  return isObject(object) && object.kind === kind && apiGroup(object) === group;
}

// src/flux/generate.ts
var IGNORED_DIRECTORIES = /* @__PURE__ */ new Set([".git", ".github", ".circleci"]);
var IGNORED_FILES = /* @__PURE__ */ new Set([
  ".gitignore",
  ".gitmodules",
  ".gitattributes",
  ".travis.yml",
  ".gitlab-ci.yml",
  "appveyor.yml",
  ".drone.yml",
  "cloudbuild.yaml",
  "codeship-services.yml",
  "codeship-steps.yml",
  ".goreleaser.yml",
  ".goreleaser.brew.yml",
  ".sops.yaml",
  ".flux.yaml",
  ".golangci.yaml"
]);
function fluxKustomizationFor(directory, spec, fileSystem, documents) {
  const problems = [];
  const existing = kustomizationFilesIn(directory, fileSystem)[0];
  if (existing) {
    const read = readKustomization(directory, fileSystem);
    const object2 = read.ok ? applySpec(read.file.object, spec, directory, fileSystem, problems) : void 0;
    return { file: existing, object: object2, problems };
  }
  const generated = generateKustomization(directory, fileSystem, documents, problems);
  const object = applySpec(generated, spec, directory, fileSystem, problems);
  return { file: posix3.join(directory, "kustomization.yaml"), object, problems };
}
function generateKustomization(directory, fileSystem, documents, problems) {
  const resources = [];
  const walk2 = (current) => {
    for (const name of [...fileSystem.readDirectory(current)].sort()) {
      const path = posix3.join(current, name);
      if (fileSystem.isDirectory(path)) {
        if (IGNORED_DIRECTORIES.has(name)) continue;
        if (isKustomizationDirectory(path, fileSystem))
          resources.push(relativeEntry(directory, path));
        else walk2(path);
        continue;
      }
      if (IGNORED_FILES.has(name) || !/\.ya?ml$/.test(name)) continue;
      if (decodesAsKubernetes(path, documents)) resources.push(relativeEntry(directory, path));
      else problems.push(notKubernetes(path));
    }
  };
  walk2(directory);
  return { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources };
}
function relativeEntry(directory, path) {
  return "./" + posix3.relative(directory, path);
}
function decodesAsKubernetes(file, documents) {
  const parsed = documents.get(file);
  if (parsed === void 0) return false;
  return parsed.every((document) => document === null || isObject(document));
}
function notKubernetes(file) {
  return {
    severity: "error",
    message: `${file} is not Kubernetes YAML; Flux fails the generated kustomization ("failed to decode Kubernetes YAML")`,
    path: file
  };
}
function applySpec(base2, spec, directory, fileSystem, problems) {
  const object = structuredClone(base2);
  for (const [field, target] of [
    ["targetNamespace", "namespace"],
    ["namePrefix", "namePrefix"],
    ["nameSuffix", "nameSuffix"]
  ]) {
    const value = stringAt(spec, field);
    if (value !== void 0) object[target] = value;
  }
  appendList(object, "patches", listAt(spec, "patches").filter(isObject).map(toKustomizePatch));
  appendList(object, "patchesStrategicMerge", listAt(spec, "patchesStrategicMerge"));
  appendList(
    object,
    "patchesJson6902",
    listAt(spec, "patchesJson6902").filter(isObject).map(toJson6902)
  );
  appendList(object, "components", componentsOf(spec, directory, fileSystem, problems));
  const images = mergeImages(listAt(object, "images"), listAt(spec, "images"));
  if (images.length > 0) object.images = images;
  return object;
}
function appendList(object, field, entries) {
  if (entries.length === 0) return;
  object[field] = [...listAt(object, field), ...entries];
}
function toKustomizePatch(patch) {
  const result = { patch: patch.patch };
  const target = objectAt(patch, "target");
  if (target) result.target = target;
  return result;
}
function toJson6902(patch) {
  const result = { patch: JSON.stringify(patch.patch ?? []) };
  const target = objectAt(patch, "target");
  if (target) result.target = target;
  return result;
}
function componentsOf(spec, directory, fileSystem, problems) {
  const ignoreMissing = spec.ignoreMissingComponents === true;
  const components = [];
  for (const entry of listAt(spec, "components")) {
    if (typeof entry !== "string") continue;
    if (!isLocalRelative(entry)) {
      problems.push({
        severity: "error",
        message: `component path '${entry}' must be local and relative`,
        path: directory
      });
      continue;
    }
    if (ignoreMissing && !fileSystem.isDirectory(posix3.join(directory, entry))) continue;
    components.push(entry);
  }
  return components;
}
function isLocalRelative(path) {
  return !path.startsWith("/") && !/^[a-z][a-z0-9+.-]*:\/\//i.test(path) && !path.includes("?ref=");
}
function mergeImages(existing, fromSpec) {
  const images = [...existing];
  for (const image of fromSpec) {
    if (!isObject(image)) continue;
    const entry = { name: image.name };
    for (const field of ["newName", "newTag", "digest"]) {
      if (typeof image[field] === "string" && image[field] !== "") entry[field] = image[field];
    }
    const index = images.findIndex((other) => isObject(other) && other.name === image.name);
    if (index >= 0) images[index] = entry;
    else images.push(entry);
  }
  return images;
}

// src/flux/inventory.ts
import { posix as posix4 } from "node:path";
var KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";
var SOURCE_GROUP = "source.toolkit.fluxcd.io";
var SOURCE_EXTENSIONS_GROUP = "source.extensions.fluxcd.io";
function readInventory(documents, lineOf2) {
  const inventory = {
    kustomizations: [],
    gitRepositories: [],
    ociRepositories: [],
    artifactGenerators: [],
    configs: []
  };
  const patchFiles = kustomizePatchFiles(documents);
  for (const [file, parsed] of [...documents].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (patchFiles.has(file)) continue;
    parsed.forEach((object, document) => {
      const list = listFor(inventory, object);
      if (list && isObject(object))
        list.push({ file, document, line: lineOf2(file, document), object });
    });
  }
  return inventory;
}
function kustomizePatchFiles(documents) {
  const files = /* @__PURE__ */ new Set();
  for (const [file, parsed] of documents) {
    if (!kustomizationFileNames.includes(posix4.basename(file))) continue;
    const kustomization = parsed.find(isObject);
    if (!kustomization) continue;
    const directory = posix4.dirname(file);
    const entries = [
      ...listAt(kustomization, "patches").map((entry) => stringAt(entry, "path")),
      ...listAt(kustomization, "patchesJson6902").map((entry) => stringAt(entry, "path")),
      ...listAt(kustomization, "patchesStrategicMerge").map(
        (entry) => typeof entry === "string" ? entry : void 0
      )
    ];
    for (const entry of entries) {
      if (entry !== void 0 && !entry.includes("\n"))
        files.add(posix4.normalize(posix4.join(directory, entry)));
    }
  }
  return files;
}
function listFor(inventory, object) {
  if (isKind(object, KUSTOMIZE_GROUP, "Kustomization")) return inventory.kustomizations;
  if (isKind(object, SOURCE_GROUP, "GitRepository")) return inventory.gitRepositories;
  if (isKind(object, SOURCE_GROUP, "OCIRepository")) return inventory.ociRepositories;
  if (isKind(object, SOURCE_EXTENSIONS_GROUP, "ArtifactGenerator"))
    return inventory.artifactGenerators;
  if (isKind(object, "", "ConfigMap") || isKind(object, "", "Secret")) return inventory.configs;
  return void 0;
}
function declarationKey(declaration) {
  return `${declaration.file}#${declaration.document}`;
}

// src/shared/paths.ts
import { posix as posix5 } from "node:path";
function normalizePath(path) {
  if (!NEEDS_NORMALIZING.test(path)) return path;
  return posix5.normalize(path).replace(/\/$/, "");
}
var NEEDS_NORMALIZING = /^$|(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/;

// src/flux/sources.ts
import { posix as posix6 } from "node:path";
var BOOTSTRAP_SOURCE = "flux-system";
var BOOTSTRAP_KEY = `${BOOTSTRAP_SOURCE}/${BOOTSTRAP_SOURCE}`;
var BOOTSTRAP_REF = {
  kind: "GitRepository",
  namespace: BOOTSTRAP_SOURCE,
  name: BOOTSTRAP_SOURCE
};
var SourceResolver = class {
  /**
   * @param kustomizations the Kustomizations as applied (each one's namespace known as far as
   *   the roots found so far tell), for the bootstrap pattern.
   */
  constructor(inventory, pushes, mappings, kustomizations) {
    this.inventory = inventory;
    this.pushes = pushes;
    for (const mapping of mappings) this.mapped.set(keyOf(mapping.kind, mapping), mapping);
    this.recogniseOwnGitRepositories(kustomizations);
  }
  inventory;
  pushes;
  ownGitKeys = /* @__PURE__ */ new Set([BOOTSTRAP_KEY]);
  /** GitRepositories defined without a namespace (set later by a kustomization) but own by URL. */
  ownGitDefinitions = [];
  mapped = /* @__PURE__ */ new Map();
  /** Inferred sources used so far, by key. */
  inferred = /* @__PURE__ */ new Map();
  resolve(sourceRef, path) {
    const base2 = this.sourceRoot(sourceRef);
    if (!base2.ok) return base2;
    return { ok: true, path: joinPaths(base2.path, path) };
  }
  /** Every Kustomization of a source asks for its root, several times a pass: once is enough. */
  roots = /* @__PURE__ */ new Map();
  sourceRoot(sourceRef) {
    return cached(
      this.roots,
      keyOf(sourceRef.kind, sourceRef),
      () => this.findSourceRoot(sourceRef)
    );
  }
  findSourceRoot(sourceRef) {
    const mapping = this.mapped.get(keyOf(sourceRef.kind, sourceRef));
    if (mapping) return { ok: true, path: mapping.path };
    switch (sourceRef.kind) {
      case "GitRepository":
        return this.gitRoot(sourceRef);
      case "OCIRepository":
        return this.ociRoot(sourceRef);
      case "ExternalArtifact":
        return { ok: false, message: "an ExternalArtifact is mapped by path, not as a whole" };
      case "Bucket":
        return {
          ok: false,
          message: `${describe(sourceRef)} is a bucket, whose content this repository does not show; ${mapHint(sourceRef)}`
        };
      case "":
        return {
          ok: false,
          message: `sourceRef.kind is not set (Flux requires one of ${SOURCE_KINDS.join(", ")})`
        };
      default:
        return {
          ok: false,
          message: `sourceRef.kind ${sourceRef.kind} is not a kind of source a Flux Kustomization reads (${SOURCE_KINDS.join(", ")})`
        };
    }
  }
  /** Resolves `path` inside whatever `sourceRef` delivers to the Kustomization declared in `fromFile`. */
  resolvePath(sourceRef, path, fromFile) {
    if (sourceRef.name === "") return { ok: false, message: "sourceRef.name is not set" };
    if (sourceRef.kind === "ExternalArtifact" && !this.mapped.has(keyOf(sourceRef.kind, sourceRef)))
      return this.externalArtifactPath(sourceRef, path, fromFile);
    return this.resolve(sourceRef, path);
  }
  isOwnGit(sourceRef) {
    return this.ownGitKeys.has(keyOf("", sourceRef)) || this.ownGitDefinitions.some((d) => defines(d, sourceRef));
  }
  gitRoot(sourceRef) {
    if (this.isOwnGit(sourceRef)) return { ok: true, path: "." };
    const defined = this.inventory.gitRepositories.find((d) => defines(d, sourceRef));
    const url = defined ? stringAt(defined.object, "spec", "url") : void 0;
    return {
      ok: false,
      message: defined ? `${describe(sourceRef)} is another repository (${url ?? "no url"})` : `${describe(sourceRef)} is not defined in this repository`
    };
  }
  ociRoot(sourceRef) {
    const definitions = this.inventory.ociRepositories.filter((d) => defines(d, sourceRef));
    const urls = new Set(
      definitions.flatMap((d) => {
        const url = stringAt(d.object, "spec", "url");
        return url === void 0 ? [] : ociRepository(url) ?? [];
      })
    );
    const byUrl = this.pushes.filter((push2) => push2.repository && urls.has(push2.repository));
    const candidates = byUrl.length > 0 ? byUrl : keyOf("", sourceRef) === BOOTSTRAP_KEY && urls.size === 0 ? this.pushes.filter((push2) => push2.repository === void 0) : [];
    const paths = [...new Set(candidates.map((push2) => push2.path))];
    const push = candidates[0];
    if (paths.length === 1 && push) {
      const key = keyOf(sourceRef.kind, sourceRef);
      const matchedBy = byUrl.length > 0 ? "url" : "bootstrap";
      if (!this.inferred.has(key))
        this.inferred.set(key, { sourceRef, path: push.path, push, matchedBy });
      return { ok: true, path: push.path };
    }
    const what = definitions.length > 0 ? `${describe(sourceRef)} (${[...urls].join(", ") || "no url"}) is an OCI artifact` : `${describe(sourceRef)} is an OCI artifact not defined in this repository`;
    const why = paths.length > 1 ? `workflows of this repository push several folders to it (${paths.join(", ")})` : `no workflow in ${WORKFLOW_DIRECTORY} pushes it with 'flux push artifact --path'`;
    return { ok: false, message: `${what}, and ${why}; ${mapHint(sourceRef)}` };
  }
  /** Several clusters may each define a generator of that name: the nearest one that maps wins. */
  externalArtifactPath(sourceRef, path, fromFile) {
    const generators = this.inventory.artifactGenerators.filter((g) => (namespaceOf(g) ?? sourceRef.namespace) === sourceRef.namespace).sort((a, b) => sharedPrefix(b.file, fromFile) - sharedPrefix(a.file, fromFile));
    let failure;
    for (const generator of generators) {
      const artifact = listAt(generator.object, "spec", "artifacts").filter(isObject).find((entry) => entry.name === sourceRef.name);
      if (!artifact) continue;
      const mapped = this.mapThroughCopies(generator, artifact, path, sourceRef.namespace);
      if (mapped.ok) return mapped;
      failure ??= mapped;
    }
    return failure ?? {
      ok: false,
      message: `${describe(sourceRef)} is produced by no ArtifactGenerator of this repository; ${mapHint(sourceRef)}`
    };
  }
  mapThroughCopies(generator, artifact, path, namespace) {
    const sources = /* @__PURE__ */ new Map();
    for (const source of listAt(generator.object, "spec", "sources").filter(isObject)) {
      const alias = stringAt(source, "alias");
      if (alias === void 0) continue;
      sources.set(alias, {
        kind: stringAt(source, "kind") ?? "",
        name: stringAt(source, "name") ?? "",
        namespace: stringAt(source, "namespace") ?? namespaceOf(generator) ?? namespace
      });
    }
    const rules = listAt(artifact, "copy").filter(isObject).map(parseCopy).flatMap((rule) => rule ?? []);
    rules.sort((a, b) => b.destination.length - a.destination.length);
    for (const rule of rules) {
      const inside = relativeInside(rule.destination, path);
      const source = sources.get(rule.alias);
      if (inside === void 0 || source === void 0) continue;
      const root = this.resolve(source, rule.sourceDirectory);
      if (!root.ok)
        return {
          ok: false,
          message: `artifact ${String(artifact.name)} of ArtifactGenerator ${nameOf(generator)} (${generator.file}:${generator.line}) copies from ${root.message}`
        };
      return { ok: true, path: joinPaths(root.path, inside) };
    }
    return {
      ok: false,
      message: `no copy rule of ArtifactGenerator ${nameOf(generator)} (${generator.file}:${generator.line}) puts a directory at ${path}`
    };
  }
  /** Defined here (namespace/name) with a URL unlike the bootstrap source's URL. */
  isOtherRepository(sourceRef) {
    const own = this.bootstrapUrls ??= new Set(this.urlsOf(BOOTSTRAP_REF).map(normalizeUrl));
    return own.size > 0 && this.urlsOf(sourceRef).some((url) => !own.has(normalizeUrl(url)));
  }
  /** The bootstrap source's URLs, normalized: asked for once per Kustomization. */
  bootstrapUrls;
  urlsOf(sourceRef) {
    return this.inventory.gitRepositories.filter((d) => defines(d, sourceRef)).flatMap((d) => stringAt(d.object, "spec", "url") ?? []);
  }
  recogniseOwnGitRepositories(kustomizations) {
    for (const { object: kustomization, file } of kustomizations) {
      const sourceRef = sourceRefOf(kustomization);
      if (sourceRef.kind !== "GitRepository" || sourceRef.name === "") continue;
      const path = artifactPath(stringAt(kustomization, "spec", "path"));
      if (path === "." || this.isOtherRepository(sourceRef)) continue;
      if (relativeInside(path, posix6.dirname(file)) !== void 0)
        this.ownGitKeys.add(keyOf("", sourceRef));
    }
    const keys = [...this.ownGitKeys];
    const ownDefinitions = this.inventory.gitRepositories.filter((d) => {
      const namespace = namespaceOf(d);
      return namespace === void 0 ? keys.some((key) => key.endsWith(`/${nameOf(d)}`)) : this.ownGitKeys.has(`${namespace}/${nameOf(d)}`);
    });
    const ownUrls = new Set(
      ownDefinitions.flatMap((d) => stringAt(d.object, "spec", "url") ?? []).map(normalizeUrl)
    );
    for (const repository of this.inventory.gitRepositories) {
      const url = stringAt(repository.object, "spec", "url");
      if (url !== void 0 && ownUrls.has(normalizeUrl(url)))
        this.ownGitDefinitions.push(repository);
    }
  }
};
function parseCopy(copy) {
  const from = /^@([\w-]+)\/(.*)$/.exec(stringAt(copy, "from") ?? "");
  const to = /^@artifact\/(.*)$/.exec(stringAt(copy, "to") ?? "");
  if (!from || !to || from[1] === void 0) return void 0;
  const pattern = from[2] ?? "";
  const destination = to[1] ?? "";
  if (destination !== "" && !destination.endsWith("/")) return void 0;
  const directory = directoryPattern(pattern);
  if (directory === void 0) return void 0;
  return {
    alias: from[1],
    sourceDirectory: artifactPath(directory),
    destination: artifactPath(destination)
  };
}
function directoryPattern(pattern) {
  if (pattern === "" || pattern.endsWith("/")) return pattern;
  const match = /^(.*?)\/?\*\*(\/\*(\.[\w.]+)?)?$/.exec(pattern);
  return match ? match[1] ?? "" : void 0;
}
function sharedPrefix(a, b) {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  return index;
}
function nameOf(declaration) {
  return stringAt(declaration.object, "metadata", "name") ?? "";
}
function namespaceOf(declaration) {
  return stringAt(declaration.object, "metadata", "namespace");
}
function describe(sourceRef) {
  return `${sourceRef.kind} ${sourceRef.namespace}/${sourceRef.name}`;
}
function mapHint(sourceRef) {
  return `if it is built from a folder of this repository, map it: --source ${sourceRef.kind}/${sourceRef.namespace}/${sourceRef.name}=<folder>`;
}
function keyOf(kind, ref) {
  return `${kind ? `${kind}/` : ""}${ref.namespace}/${ref.name}`;
}
function defines(declaration, sourceRef) {
  return nameOf(declaration) === sourceRef.name && (namespaceOf(declaration) ?? sourceRef.namespace) === sourceRef.namespace;
}
function sourceRefOf(kustomization) {
  const namespace = stringAt(kustomization, "spec", "sourceRef", "namespace");
  return {
    kind: stringAt(kustomization, "spec", "sourceRef", "kind") ?? "",
    name: stringAt(kustomization, "spec", "sourceRef", "name") ?? "",
    namespace: namespace ?? stringAt(kustomization, "metadata", "namespace") ?? "default",
    namespaceSet: namespace !== void 0
  };
}
function normalizeUrl(url) {
  return url.replace(/^(ssh:\/\/)?git@([^:/]+)[:/]/, "https://$2/").replace(/\.git$/, "").replace(/\/$/, "").toLowerCase();
}

// src/flux/envsubst.ts
var EnvsubstError = class extends Error {
};
function envsubst(text, lookup) {
  const parser = new Parser(text);
  return evaluateAll(parser.parseText(), lookup);
}
function evaluateAll(nodes, lookup) {
  return nodes.map((node) => evaluate(node, lookup)).join("");
}
function evaluate(node, lookup) {
  if (node.kind === "text") return node.value;
  const variable = lookup(node.name);
  if (variable.kind === "unknown") return node.source;
  const value = variable.kind === "set" ? variable.value : "";
  const args = node.args.map((arg) => evaluateAll(arg, lookup));
  return applyOperator(node.operator, value, args);
}
var DEFAULT_OPERATORS = /* @__PURE__ */ new Set(["=", ":=", ":-", ":?", ":+"]);
function applyOperator(operator, value, args) {
  if (operator === "" || DEFAULT_OPERATORS.has(operator)) {
    return value === "" && args.length > 0 ? args.join("") : value;
  }
  const [first = "", second] = args;
  switch (operator) {
    case "length":
      return String(Buffer.byteLength(value));
    case "^":
      return value.charAt(0).toUpperCase() + value.slice(1);
    case "^^":
      return value.toUpperCase();
    case ",":
      return value.charAt(0).toLowerCase() + value.slice(1);
    case ",,":
      return value.toLowerCase();
    case ":":
      return substring(value, first, second);
    case "#":
      return trimPrefix(value, first, "shortest");
    case "##":
      return trimPrefix(value, first, "longest");
    case "%":
      return reverse(trimPrefix(reverse(value), reverse(first), "shortest"));
    case "%%":
      return reverse(trimPrefix(reverse(value), reverse(first), "longest"));
    default:
      return replace(operator, value, first, second ?? "");
  }
}
function replace(operator, value, pattern, replacement) {
  switch (operator) {
    case "/":
      return value.replace(pattern, () => replacement);
    case "//":
      return value.split(pattern).join(replacement);
    case "/#":
      return value.startsWith(pattern) ? replacement + value.slice(pattern.length) : value;
    case "/%":
      return value.endsWith(pattern) ? value.slice(0, value.length - pattern.length) + replacement : value;
    default:
      return value;
  }
}
function atoi(text) {
  return /^[+-]?\d+$/.test(text) ? Number(text) : void 0;
}
function substring(value, offsetText, lengthText) {
  let offset = atoi(offsetText);
  if (offset === void 0) return value;
  if (offset < 0) offset = Math.max(0, value.length + offset);
  if (lengthText === void 0) return offset < value.length ? value.slice(offset) : "";
  const length = atoi(lengthText);
  if (length === void 0) return value;
  if (length < 0) {
    const end = value.length + length;
    return end < offset ? "" : value.slice(offset, end);
  }
  return value.slice(offset, offset + length);
}
function trimPrefix(value, pattern, mode) {
  const matcher = globToRegExp(pattern);
  let match;
  for (let end = value.length; end > 0; end--) {
    const candidate = value.slice(0, end);
    if (!matcher.test(candidate)) continue;
    match = candidate;
    if (mode === "longest") break;
  }
  return match === void 0 ? value : value.slice(match.length);
}
function globToRegExp(pattern) {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern.charAt(index);
    if (char === "*") source += ".*";
    else if (char === "?") source += ".";
    else if (char === "\\" && index + 1 < pattern.length)
      source += escapeRegExp(pattern.charAt(++index));
    else if (char === "[") {
      const close = pattern.indexOf("]", index + 1);
      if (close < 0) return /(?!)/;
      source += "[" + pattern.slice(index + 1, close) + "]";
      index = close;
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, "su");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function reverse(text) {
  return [...text].reverse().join("");
}
var IDENTIFIER = /[\p{L}\p{N}_]/u;
var Parser = class {
  constructor(text) {
    this.text = text;
  }
  text;
  position = 0;
  /** Top level: text with `$$` escapes and `${...}` expressions. */
  parseText() {
    const nodes = [];
    let literal = "";
    while (this.position < this.text.length) {
      if (this.startsWith("${")) {
        if (literal) nodes.push({ kind: "text", value: literal });
        literal = "";
        nodes.push(this.parseExpression());
      } else if (this.startsWith("$$")) {
        literal += "$";
        this.position += 2;
      } else {
        literal += this.next();
      }
    }
    if (literal) nodes.push({ kind: "text", value: literal });
    return nodes;
  }
  parseExpression() {
    const start = this.position;
    this.position += 2;
    if (this.peek() === "#") return this.finish(start, this.parseLength());
    const name = this.parseName();
    const next = this.peek();
    let parsed;
    if (next === ":") parsed = this.parseColon(name);
    else if (next === "=") parsed = this.parseDefault(name, this.take(1));
    else if (next === "," || next === "^") parsed = this.parseCasing(name);
    else if (next === "/") parsed = this.parseReplace(name);
    else if (next === "#" || next === "%") parsed = this.parseRemove(name, next);
    else {
      if (next !== "}") throw new EnvsubstError("missing closing brace");
      this.position++;
      parsed = { name, operator: "", args: [] };
    }
    return this.finish(start, parsed);
  }
  finish(start, parsed) {
    return { kind: "expression", ...parsed, source: this.text.slice(start, this.position) };
  }
  parseLength() {
    this.position++;
    const name = this.parseName("bad substitution");
    this.closeBrace();
    return { name, operator: "length", args: [] };
  }
  parseName(error = "unable to parse variable name") {
    let name = "";
    while (this.position < this.text.length && IDENTIFIER.test(this.peek())) name += this.next();
    if (!name) throw new EnvsubstError(error);
    return name;
  }
  parseColon(name) {
    const after = this.text.charAt(this.position + 1);
    if ("=-?+".includes(after) && after !== "") return this.parseDefault(name, this.take(2));
    this.position++;
    const offset = this.parseArgument((char) => char !== ":" && char !== "}");
    if (this.peek() === "}") {
      this.position++;
      return { name, operator: ":", args: [offset] };
    }
    if (this.peek() !== ":") throw new EnvsubstError("bad substitution");
    this.position++;
    const length = this.parseArgument((char) => char !== "}");
    this.closeBrace();
    return { name, operator: ":", args: [offset, length] };
  }
  parseDefault(name, operator) {
    const args = [];
    while (this.peek() !== "}") {
      if (this.position >= this.text.length) throw new EnvsubstError("bad substitution");
      args.push(this.parseArgument((char) => char !== "}"));
    }
    this.position++;
    return { name, operator, args };
  }
  parseCasing(name) {
    let operator = this.next();
    if (this.peek() === operator) operator += this.next();
    this.closeBrace();
    return { name, operator, args: [] };
  }
  parseRemove(name, symbol) {
    let operator = this.next();
    if (this.peek() === symbol) operator += this.next();
    const pattern = this.parseArgument((char) => char !== "}");
    this.closeBrace();
    return { name, operator, args: [pattern] };
  }
  parseReplace(name) {
    let operator = this.next();
    if ("/#%".includes(this.peek()) && this.peek() !== "") operator += this.next();
    const pattern = this.peek() === "/" ? [] : this.parseArgument((char) => char !== "/", true);
    if (this.peek() !== "/") throw new EnvsubstError("bad substitution");
    while (this.peek() === "/") this.position++;
    if (this.peek() === "}") {
      this.position++;
      return { name, operator, args: [pattern] };
    }
    const replacement = this.parseArgument((char) => char !== "}", true);
    this.closeBrace();
    return { name, operator, args: [pattern, replacement] };
  }
  /** One argument: a nested expression, or text up to a stop character (or a nested `${`). */
  parseArgument(accepts, escapes = false) {
    if (this.startsWith("${")) return [this.parseExpression()];
    let value = "";
    while (this.position < this.text.length && !this.startsWith("${")) {
      const char = this.peek();
      if (escapes && this.isEscape()) {
        this.position++;
        value += this.next();
        continue;
      }
      if (!accepts(char)) break;
      value += this.next();
    }
    if (!value) throw new EnvsubstError("unable to parse substitution within function");
    return [{ kind: "text", value }];
  }
  isEscape() {
    const char = this.peek();
    const after = this.text.charAt(this.position + 1);
    return char === "$" && after === "$" || char === "\\" && (after === "/" || after === "\\");
  }
  closeBrace() {
    if (this.peek() !== "}") throw new EnvsubstError("bad substitution");
    this.position++;
  }
  take(count) {
    const taken = this.text.slice(this.position, this.position + count);
    this.position += count;
    return taken;
  }
  startsWith(prefix) {
    return this.text.startsWith(prefix, this.position);
  }
  peek() {
    return this.text.charAt(this.position);
  }
  next() {
    return this.text.charAt(this.position++);
  }
};

// src/flux/substitute.ts
var SUBSTITUTE_KEY = "kustomize.toolkit.fluxcd.io/substitute";
var VARIABLE_NAME = /^[_\p{L}][_\p{L}\p{Nd}]*$/u;
function invalidVariableNames(variables) {
  const names = [...variables.values.keys(), ...variables.unknown ?? []];
  return names.filter((name) => !VARIABLE_NAME.test(name));
}
function substitutionRuns(variables) {
  return variables.values.size > 0 || (variables.unknown?.size ?? 0) > 0 || variables.undefinedAreUnknown === true;
}
function isSubstitutionDisabled(object) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const labels = isObject(metadata.labels) ? metadata.labels : {};
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  return labels[SUBSTITUTE_KEY] === "disabled" || annotations[SUBSTITUTE_KEY] === "disabled";
}
function substituteVariables(object, variables) {
  if (isSubstitutionDisabled(object) || !substitutionRuns(variables)) {
    return { object, undefinedNames: [] };
  }
  const undefinedNames = /* @__PURE__ */ new Set();
  const lookup = (name) => {
    const value = variables.values.get(name);
    if (value !== void 0) return { kind: "set", value };
    if (variables.unknown?.has(name) || variables.undefinedAreUnknown) return { kind: "unknown" };
    undefinedNames.add(name);
    return { kind: "unset" };
  };
  try {
    const substituted = substituteNode(object, (text) => envsubst(text, lookup));
    return { object: substituted, undefinedNames: [...undefinedNames] };
  } catch (error) {
    if (!(error instanceof EnvsubstError)) throw error;
    return { object, error: `variable substitution failed: ${error.message}`, undefinedNames: [] };
  }
}
function substituteNode(node, expand) {
  if (typeof node === "string") return substituteString(node, expand);
  if (Array.isArray(node)) {
    let items;
    for (let index = 0; index < node.length; index++) {
      const item = node[index];
      const next = substituteNode(item, expand);
      if (!items && next !== item) items = node.slice(0, index);
      items?.push(next);
    }
    return items ?? node;
  }
  if (!isObject(node)) return node;
  const keys = Object.keys(node);
  let entries;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    const value = node[key];
    const newKey = key.includes("$") ? expand(key) : key;
    const next = substituteNode(value, expand);
    if (!entries && (newKey !== key || next !== value))
      entries = keys.slice(0, index).map((before) => [before, node[before]]);
    entries?.push([newKey, next]);
  }
  if (!entries) return node;
  const result = {};
  for (const [key, value] of entries) result[key] = value;
  return result;
}
function substituteString(text, expand) {
  if (!text.includes("$")) return text;
  const expanded = expand(text);
  if (expanded === text || !writtenPlain(text)) return expanded;
  return readPlainScalar(expanded);
}
function writtenPlain(text) {
  if (text.includes("\n") || text !== text.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  return !text.includes(": ") && !text.includes(" #") && !text.endsWith(":");
}
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var TRUE = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var FALSE = /* @__PURE__ */ new Set(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);
var MAYBE_NOT_STRING = /^[-+.0-9"'~nNyYtTfFoO]/;
function readPlainScalar(text) {
  if (text !== "" && !MAYBE_NOT_STRING.test(text)) return text;
  if (NULLS.has(text)) return null;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  const quoted = readQuoted(text);
  if (quoted !== void 0) return quoted;
  const integer = readInteger(text);
  if (integer !== void 0) return integer;
  if (/^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/.test(text)) {
    return Number(text.replace(/_/g, ""));
  }
  return text;
}
function readInteger(text) {
  const match = /^([-+]?)(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*)$/.exec(text);
  if (!match) return void 0;
  const sign = match[1] === "-" ? -1 : 1;
  const digits = (match[2] ?? "").replace(/_/g, "");
  if (digits.startsWith("0b")) return sign * parseInt(digits.slice(2), 2);
  if (digits.startsWith("0x")) return sign * parseInt(digits.slice(2), 16);
  if (digits.length > 1 && digits.startsWith("0")) return sign * parseInt(digits.slice(1), 8);
  return sign * Number(digits);
}
function readQuoted(text) {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      const value = JSON.parse(text);
      return typeof value === "string" ? value : void 0;
    } catch {
      return void 0;
    }
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    const inner = text.slice(1, -1);
    return /(^|[^'])'([^']|$)/.test(inner) ? void 0 : inner.replace(/''/g, "'");
  }
  return void 0;
}

// src/shared/sops.ts
function isSopsEncrypted(object) {
  const sops = object["sops"];
  return isObject(sops) && ("mac" in sops || "lastmodified" in sops);
}

// src/flux/variables.ts
var ConfigIndex = class {
  byName = /* @__PURE__ */ new Map();
  constructor(entries) {
    for (const entry of entries) {
      const key = `${entry.kind}/${entry.name}`;
      const entries2 = this.byName.get(key);
      if (entries2) entries2.push(entry);
      else this.byName.set(key, [entry]);
    }
  }
  find(tree, namespace, kind, name) {
    const candidates = (this.byName.get(`${kind}/${name}`) ?? []).filter(
      (entry) => entry.namespace === namespace || entry.tree === void 0 && entry.namespace === void 0
    );
    return candidates.find((entry) => entry.tree === tree) ?? candidates.find((entry) => entry.tree !== void 0) ?? candidates[0];
  }
};
function loadVariables(kustomization, where, configs) {
  const values = /* @__PURE__ */ new Map();
  const unknown = /* @__PURE__ */ new Set();
  const problems = [];
  let undefinedAreUnknown = false;
  const set = (name, value) => {
    values.set(name, value.replace(/\n/g, ""));
    unknown.delete(name);
  };
  for (const reference of listAt(kustomization, "spec", "postBuild", "substituteFrom").filter(
    isObject
  )) {
    const kind = stringAt(reference, "kind") ?? "";
    const name = stringAt(reference, "name") ?? "";
    const found = configs.find(where.tree, where.namespace, kind, name);
    if (!found) {
      if (reference.optional === true) continue;
      undefinedAreUnknown = true;
      problems.push({
        severity: "error",
        message: `postBuild.substituteFrom ${kind}/${name} is not in namespace ${where.namespace} in this repository (Flux fails without it; its variables are left as written)`,
        path: where.file,
        line: where.line
      });
      continue;
    }
    if (kind === "Secret" && isSopsEncrypted(found.object)) {
      for (const key of secretKeys(found.object)) {
        values.delete(key);
        unknown.add(key);
      }
      problems.push({
        severity: "warning",
        message: `postBuild.substituteFrom Secret/${name} (${found.file}) is SOPS-encrypted: its variables cannot be read from Git and are left as written`,
        path: where.file,
        line: where.line
      });
      continue;
    }
    for (const [key, value] of configData(found.object)) set(key, value);
  }
  const inline = isObject(kustomization.spec) ? kustomization.spec : {};
  const substitute = isObject(inline.postBuild) ? inline.postBuild.substitute : void 0;
  if (isObject(substitute)) {
    for (const [key, value] of Object.entries(substitute)) set(key, scalarText(value));
  }
  return { variables: { values, unknown, undefinedAreUnknown }, problems };
}
function secretKeys(object) {
  return [
    ...Object.keys(isObject(object.data) ? object.data : {}),
    ...Object.keys(isObject(object.stringData) ? object.stringData : {})
  ];
}
function configData(object) {
  const result = /* @__PURE__ */ new Map();
  const data = isObject(object.data) ? object.data : {};
  for (const [key, value] of Object.entries(data)) {
    const text = scalarText(value);
    result.set(key, object.kind === "Secret" ? Buffer.from(text, "base64").toString("utf8") : text);
  }
  if (object.kind === "Secret" && isObject(object.stringData)) {
    for (const [key, value] of Object.entries(object.stringData)) result.set(key, scalarText(value));
  }
  return result;
}
function scalarText(value) {
  if (value === null || value === void 0) return "";
  return typeof value === "string" ? value : String(value);
}

// src/flux/virtual-fs.ts
import { posix as posix7 } from "node:path";
function withVirtualFiles(base2, files) {
  const virtual = new Map([...files].map(([path, text]) => [normalizePath(path), text]));
  const addedByDirectory = /* @__PURE__ */ new Map();
  for (const path of virtual.keys()) {
    const directory = posix7.dirname(path);
    addedByDirectory.set(directory, [
      ...addedByDirectory.get(directory) ?? [],
      posix7.basename(path)
    ]);
  }
  return {
    readFile: (path) => virtual.get(normalizePath(path)) ?? base2.readFile(path),
    isDirectory: (path) => base2.isDirectory(path),
    readDirectory: (path) => {
      const entries = base2.readDirectory(path);
      const added = addedByDirectory.get(normalizePath(path)) ?? [];
      return [...entries, ...added.filter((name) => !entries.includes(name))];
    }
  };
}
function withVirtualDocuments(cache, documents) {
  return new LayeredCache(cache, documents);
}
var LayeredCache = class extends Map {
  constructor(below, above) {
    super();
    this.below = below;
    this.above = above;
  }
  below;
  above;
  get(key) {
    return this.above.get(normalizePath(key)) ?? this.below.get(key);
  }
  has(key) {
    return this.above.has(normalizePath(key)) || this.below.has(key);
  }
  set(key, value) {
    if (!this.above.has(normalizePath(key))) this.below.set(key, value);
    return this;
  }
};

// src/flux/roots.ts
var MAX_PASSES = 6;
function findFluxRoots(fileSystem, documents, lineOf2, options = {}) {
  const inventory = readInventory(documents, lineOf2);
  if (inventory.kustomizations.length === 0)
    return { roots: [], unresolved: [], kustomizations: 0, builds: 0, inferred: [] };
  const pushes = fluxPushes(fileSystem);
  const mappings = options.sources ?? [];
  const context = {
    fileSystem,
    documents,
    documentCache: new Map(documents),
    resolver: resolverFor(inventory, pushes, mappings, []),
    builds: /* @__PURE__ */ new Map(),
    applied: /* @__PURE__ */ new WeakMap()
  };
  let instances = inventory.kustomizations.map(rawInstance);
  let configs = configIndex(inventory, []);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    context.resolver = resolverFor(inventory, pushes, mappings, instances);
    const settling = settlingPass(context, instances, configs);
    configs = configIndex(inventory, settling);
    const next = appliedInstances(inventory, settling);
    if (sameInstances(next, instances)) break;
    instances = next;
  }
  context.resolver = resolverFor(inventory, pushes, mappings, instances);
  const outcomes = instances.map((instance) => buildInstance(context, instance, configs, "final"));
  return {
    ...assemble(outcomes),
    kustomizations: inventory.kustomizations.length,
    builds: context.builds.size,
    inferred: [...context.resolver.inferred.values()].map((found) => ({
      kind: found.sourceRef.kind,
      namespace: found.sourceRef.namespace,
      name: found.sourceRef.name,
      path: found.path,
      file: found.push.file,
      line: found.push.line,
      pushedPath: found.push.writtenPath,
      pushedTo: found.push.repository,
      matchedBy: found.matchedBy
    }))
  };
}
function resolverFor(inventory, pushes, mappings, instances) {
  return new SourceResolver(
    inventory,
    pushes,
    mappings,
    instances.map((instance) => ({ object: instance.object, file: instance.declaration.file }))
  );
}
function rawInstance(declaration) {
  return { declaration, object: declaration.object, tree: declarationKey(declaration) };
}
function settlingPass(context, instances, configs) {
  const coverers = coveringInstances(context, instances);
  const outcomes = /* @__PURE__ */ new Map();
  const applied = /* @__PURE__ */ new Set();
  const skipped = /* @__PURE__ */ new Set();
  const pending = new Set(instances);
  while (pending.size > 0) {
    const ready = [...pending].filter(
      (instance) => !coverers.get(instance)?.some((coverer) => pending.has(coverer))
    );
    const batch = ready.length > 0 ? ready : [...pending];
    for (const instance of batch) {
      const superseded = isAsDeclared(instance) && (applied.has(declarationKey(instance.declaration)) || (coverers.get(instance) ?? []).some((coverer) => skipped.has(coverer)));
      if (superseded) {
        skipped.add(instance);
        continue;
      }
      const outcome = buildInstance(context, instance, configs, "settling");
      for (const resource of outcome.resources)
        if (resource.origin.kind === "file")
          applied.add(
            declarationKey({ file: resource.origin.path, document: resource.origin.document })
          );
      outcomes.set(instance, outcome);
    }
    for (const instance of batch) pending.delete(instance);
  }
  return instances.flatMap((instance) => outcomes.get(instance) ?? []);
}
function isAsDeclared(instance) {
  return instance.object === instance.declaration.object;
}
function coveringInstances(context, instances) {
  const byPath = groupBy(
    instances.flatMap((instance) => {
      const path = resolvedPath(context, instance);
      return path === void 0 ? [] : [{ instance, path: normalizePath(path) || "." }];
    }),
    (entry) => entry.path
  );
  const result = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    if (!isAsDeclared(instance)) continue;
    const own = declarationKey(instance.declaration);
    const covering = foldersHolding(instance.declaration.file).flatMap(
      (folder) => (byPath.get(folder) ?? []).map((entry) => entry.instance).filter((other) => declarationKey(other.declaration) !== own)
    );
    if (covering.length > 0) result.set(instance, covering);
  }
  return result;
}
function foldersHolding(file) {
  const folders = [];
  for (let folder = posix8.dirname(file); ; folder = posix8.dirname(folder)) {
    folders.push(folder);
    if (folder === "." || folder === "/" || folder === "") return folders;
  }
}
function resolvedPath(context, instance) {
  const resolution = resolvePathOf(context, instance);
  return resolution?.ok ? resolution.path : void 0;
}
function resolvePathOf(context, instance) {
  const rawPath = rawPathOf(instance);
  if (rawPath.includes("${")) return void 0;
  return context.resolver.resolvePath(
    sourceRefOf(instance.object),
    artifactPath(rawPath),
    instance.declaration.file
  );
}
var rawPathOf = (instance) => stringAt(instance.object, "spec", "path") ?? "";
function buildInstance(context, instance, configs, pass) {
  const kustomization = describeKustomization(instance);
  const outcome = { instance, kustomization, resources: [], problems: [] };
  const unresolved = (message) => ({
    ...outcome,
    unresolved: { severity: "error", message, path: kustomization.file, line: kustomization.line }
  });
  const rawPath = rawPathOf(instance);
  const resolution = resolvePathOf(context, instance);
  if (!resolution) {
    return unresolved(
      `Kustomization ${kustomization.namespace}/${kustomization.name}: spec.path ${rawPath} holds a variable no Flux Kustomization of this repository substitutes`
    );
  }
  if (!resolution.ok) {
    const defaulted = sourceRefOf(instance.object).namespaceSet ? "" : ` (sourceRef.namespace is not set, so Flux looks in the Kustomization's namespace, ${kustomization.namespace})`;
    return unresolved(
      `Kustomization ${kustomization.namespace}/${kustomization.name}: ${resolution.message}${missingOwnSource(resolution.message, kustomization) ? defaulted : ""}`
    );
  }
  kustomization.path = resolution.path;
  if (!context.fileSystem.isDirectory(resolution.path)) {
    return unresolved(
      `Kustomization ${kustomization.namespace}/${kustomization.name}: spec.path ${rawPath} (${resolution.path}) does not exist in this repository`
    );
  }
  const built = buildPath(context, resolution.path, instance.object, kustomization);
  const variables = loadVariables(instance.object, whereOf(instance, kustomization), configs);
  const applied = appliedResources(
    context,
    instance,
    kustomization,
    built,
    variables.variables,
    pass
  );
  return {
    ...outcome,
    resources: applied.resources,
    problems: [...built.problems, ...variables.problems, ...applied.problems]
  };
}
function appliedResources(context, instance, kustomization, built, variables, pass) {
  const hasPostBuild = isObject(objectAt(instance.object, "spec", "postBuild"));
  const commonMetadata = objectAt(instance.object, "spec", "commonMetadata");
  if (!hasPostBuild && !commonMetadata) return { resources: built.resources, problems: [] };
  const key = JSON.stringify([
    pass,
    declarationKey(instance.declaration),
    instance.tree,
    kustomization.file,
    kustomization.line,
    hasPostBuild,
    commonMetadata ?? null,
    [...variables.values],
    [...variables.unknown ?? []],
    variables.undefinedAreUnknown === true
  ]);
  const results = cached(context.applied, built, () => /* @__PURE__ */ new Map());
  return cached(results, key, () => {
    const resources = pass === "final" ? built.resources : built.resources.filter(readWhileSettling);
    const substituted = substituteAll(resources, variables, kustomization, hasPostBuild);
    return {
      resources: withCommonMetadata(substituted.resources, commonMetadata),
      problems: substituted.problems
    };
  });
}
var SETTLING_KINDS = /* @__PURE__ */ new Set(["Kustomization", "ConfigMap", "Secret"]);
function readWhileSettling(resource) {
  const { kind, apiVersion } = resource.object;
  return typeof kind === "string" && (SETTLING_KINDS.has(kind) || kind.includes("$")) || typeof apiVersion === "string" && apiVersion.includes("$");
}
function missingOwnSource(message, kustomization) {
  const { kind, namespace, name } = kustomization.sourceRef;
  return message.startsWith(`${kind} ${namespace}/${name} `) && /not defined in this repository/.test(message) && namespace !== "flux-system";
}
function describeKustomization(instance) {
  const { declaration, object } = instance;
  const namespace = stringAt(object, "metadata", "namespace") ?? "default";
  const kustomization = {
    name: stringAt(object, "metadata", "name") ?? "",
    namespace,
    file: declaration.file,
    line: declaration.line,
    path: artifactPath(stringAt(object, "spec", "path")),
    sourceRef: (({ kind, name, namespace: namespace2 }) => ({ kind, name, namespace: namespace2 }))(sourceRefOf(object)),
    object
  };
  const interval = stringAt(object, "spec", "interval");
  if (interval !== void 0) kustomization.interval = interval;
  return kustomization;
}
function whereOf(instance, kustomization) {
  return {
    tree: instance.tree,
    namespace: kustomization.namespace,
    file: kustomization.file,
    line: kustomization.line
  };
}
var BUILD_FIELDS = [
  "targetNamespace",
  "namePrefix",
  "nameSuffix",
  "patches",
  "patchesStrategicMerge",
  "patchesJson6902",
  "images",
  "components",
  "ignoreMissingComponents"
];
function buildPath(context, path, object, kustomization) {
  const spec = objectAt(object, "spec") ?? {};
  const buildSpec = Object.fromEntries(BUILD_FIELDS.filter((f) => f in spec).map((f) => [f, spec[f]]));
  const key = JSON.stringify([path, buildSpec]);
  const cached2 = context.builds.get(key);
  if (cached2) return cached2;
  const edit = fluxKustomizationFor(path, buildSpec, context.fileSystem, context.documents);
  const fileSystem = edit.object ? withVirtualFiles(context.fileSystem, /* @__PURE__ */ new Map([[edit.file, JSON.stringify(edit.object)]])) : context.fileSystem;
  const documentCache = edit.object ? withVirtualDocuments(
    context.documentCache,
    /* @__PURE__ */ new Map([[normalizePath(edit.file), [edit.object]]])
  ) : context.documentCache;
  const result = build(path, fileSystem, { documentCache });
  const problems = [
    ...edit.problems,
    ...result.problems.map((problem2) => relocated(problem2, edit.file, kustomization))
  ];
  const built = { resources: result.resources, problems };
  context.builds.set(key, built);
  return built;
}
function relocated(problem2, editedFile, kustomization) {
  const inEdited = problem2.path === editedFile;
  const result = {
    severity: problem2.severity,
    message: inEdited ? `${problem2.message} (in the kustomization Flux builds for ${kustomization.path})` : problem2.message,
    path: inEdited ? kustomization.file : problem2.path
  };
  const line = inEdited ? kustomization.line : problem2.line;
  if (line !== void 0) result.line = line;
  return result;
}
function substituteAll(resources, variables, kustomization, hasPostBuild) {
  if (!hasPostBuild) return { resources, problems: [] };
  const at2 = { path: kustomization.file, line: kustomization.line };
  const invalid = invalidVariableNames(variables);
  if (invalid.length > 0) {
    const message = `postBuild variable names ${invalid.map((n) => `'${n}'`).join(", ")} are invalid (must match ^[_[:alpha:]][_[:alpha:][:digit:]]*$); Flux substitutes nothing`;
    return { resources, problems: [{ severity: "error", message, ...at2 }] };
  }
  const problems = [];
  const undefinedNames = /* @__PURE__ */ new Set();
  const substituted = resources.map((resource) => {
    const result = substituteVariables(resource.object, variables);
    result.undefinedNames.forEach((name) => undefinedNames.add(name));
    if (result.error)
      problems.push({
        severity: "error",
        message: `${describeObject(resource.object)}: ${result.error}`,
        ...at2
      });
    return result.object === resource.object ? resource : { ...resource, object: result.object };
  });
  if (undefinedNames.size > 0) {
    const names = [...undefinedNames].sort().join(", ");
    problems.push({
      severity: "warning",
      message: `variables ${names} are defined nowhere; Flux substitutes an empty string`,
      ...at2
    });
  }
  return { resources: substituted, problems };
}
function withCommonMetadata(resources, commonMetadata) {
  if (!commonMetadata) return resources;
  const labels = stringMap(commonMetadata.labels);
  const annotations = stringMap(commonMetadata.annotations);
  if (labels.size === 0 && annotations.size === 0) return resources;
  return resources.map((resource) => {
    const object = structuredClone(resource.object);
    const metadata = isObject(object.metadata) ? object.metadata : object.metadata = {};
    if (labels.size > 0)
      metadata.labels = { ...objectAt(metadata, "labels") ?? {}, ...Object.fromEntries(labels) };
    if (annotations.size > 0) {
      metadata.annotations = {
        ...objectAt(metadata, "annotations") ?? {},
        ...Object.fromEntries(annotations)
      };
    }
    return { ...resource, object };
  });
}
function configIndex(inventory, outcomes) {
  const entries = inventory.configs.map((declaration) => ({
    namespace: stringAt(declaration.object, "metadata", "namespace"),
    kind: String(declaration.object.kind),
    name: stringAt(declaration.object, "metadata", "name") ?? "",
    object: declaration.object,
    tree: void 0,
    file: declaration.file
  }));
  for (const outcome of outcomes) {
    for (const resource of outcome.resources) {
      const object = resource.object;
      if (!isKind(object, "", "ConfigMap") && !isKind(object, "", "Secret")) continue;
      entries.push({
        namespace: stringAt(object, "metadata", "namespace") ?? "default",
        kind: String(object.kind),
        name: stringAt(object, "metadata", "name") ?? "",
        object,
        tree: outcome.instance.tree,
        file: resource.origin.kind === "file" ? resource.origin.path : resource.origin.kustomization
      });
    }
  }
  return new ConfigIndex(entries);
}
function appliedInstances(inventory, outcomes) {
  const applied = /* @__PURE__ */ new Map();
  for (const outcome of outcomes) {
    for (const resource of outcome.resources) {
      if (resource.origin.kind !== "file" || !isKind(resource.object, KUSTOMIZE_GROUP, "Kustomization"))
        continue;
      const key = declarationKey({ file: resource.origin.path, document: resource.origin.document });
      const instances = applied.get(key) ?? [];
      if (instances.some((other) => JSON.stringify(other.object) === JSON.stringify(resource.object)))
        continue;
      const declaration = inventory.kustomizations.find((d) => declarationKey(d) === key);
      if (!declaration) continue;
      instances.push({ declaration, object: resource.object, tree: outcome.instance.tree });
      applied.set(key, instances);
    }
  }
  return inventory.kustomizations.flatMap((d) => applied.get(declarationKey(d)) ?? [rawInstance(d)]);
}
function sameInstances(a, b) {
  const keys = (instances) => instances.map((i) => `${declarationKey(i.declaration)}|${i.tree}|${JSON.stringify(i.object)}`).sort().join("\n");
  return keys(a) === keys(b);
}
function assemble(outcomes) {
  const resolved = outcomes.filter((outcome) => outcome.unresolved === void 0);
  const ids = uniqueIds(resolved.map((outcome) => outcome.kustomization));
  const roots = resolved.map((outcome, index) => ({
    id: ids[index] ?? "",
    kustomization: outcome.kustomization,
    resources: outcome.resources,
    problems: outcome.problems
  }));
  const unresolved = uniqueBy(
    outcomes.flatMap((outcome) => outcome.unresolved ?? []),
    (problem2) => `${problem2.path}:${problem2.line}:${problem2.message}`
  );
  return { roots, unresolved };
}
function uniqueIds(kustomizations) {
  const plain = kustomizations.map((k) => `${k.namespace}/${k.name}`);
  const withFile = kustomizations.map(
    (k, index) => plain.filter((id) => id === plain[index]).length > 1 ? `${plain[index]}@${k.file}` : plain[index] ?? ""
  );
  const seen = /* @__PURE__ */ new Map();
  return withFile.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}#${count}`;
  });
}
function describeObject(object) {
  return `${String(object.kind)} ${stringAt(object, "metadata", "namespace") ?? ""}/${stringAt(object, "metadata", "name") ?? ""}`;
}

// src/engine/objects.ts
function asMap(value) {
  return isObject(value) ? value : {};
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function getIn(value, path) {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return void 0;
    current = current[key];
  }
  return current;
}
function kindOf(object) {
  return asString(object["kind"]) ?? "";
}
function apiGroupOf(object) {
  const apiVersion = asString(object["apiVersion"]) ?? "";
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function nameOf2(object) {
  return asString(getIn(object, ["metadata", "name"])) ?? "";
}
function namespaceOf2(object) {
  return asString(getIn(object, ["metadata", "namespace"])) ?? "";
}
function annotationsOf(object) {
  return asMap(getIn(object, ["metadata", "annotations"]));
}

// src/engine/workloads.ts
var CONFIG_HASH_ANNOTATION = "gitops-reloader/config-hash";
var IGNORE_ANNOTATION = "gitops-reloader/ignore";
var POD_TEMPLATE_PATHS = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  Rollout: ["spec", "template"]
};
function workloadShape(object, hashKey = CONFIG_HASH_ANNOTATION) {
  const kind = kindOf(object);
  const templatePath = POD_TEMPLATE_PATHS[kind];
  if (!templatePath) return void 0;
  if (kind === "Rollout" && apiGroupOf(object) !== "argoproj.io") return void 0;
  if (!getIn(object, [...templatePath, "spec"])) return void 0;
  const annotationsPath = [...templatePath, "metadata", "annotations"];
  return { kind, templatePath, annotationsPath, annotatable: kind !== "Job", hashKey };
}
var INSERT_BEFORE = ["spec"];
function annotationPath(shape) {
  return [...shape.annotationsPath, shape.hashKey];
}
function currentConfigHash(object, shape) {
  return asString(getIn(object, annotationPath(shape)));
}
function isIgnored(object, shape) {
  const templateMetadata = { metadata: getIn(object, [...shape.templatePath, "metadata"]) };
  return [annotationsOf(object), annotationsOf(templateMetadata)].some(
    (annotations) => String(annotations[IGNORE_ANNOTATION]).toLowerCase() === "true"
  );
}
function podSpecOf(object, shape) {
  return asMap(getIn(object, [...shape.templatePath, "spec"]));
}
function findReferences(podSpec) {
  return [
    ...containerReferences(podSpec),
    ...volumeReferences(podSpec),
    ...pullSecretReferences(podSpec)
  ];
}
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
function containerReferences(podSpec) {
  return CONTAINER_LISTS.flatMap(
    (list) => asList(podSpec[list]).flatMap((container) => {
      const reader = asString(asMap(container)["name"]) ?? list;
      return [
        ...envReferences(asMap(container), reader),
        ...envFromReferences(asMap(container), reader)
      ];
    })
  );
}
function envReferences(container, reader) {
  return asList(container["env"]).flatMap((entry) => {
    const valueFrom = asMap(asMap(entry)["valueFrom"]);
    const keyRefs = [
      ["ConfigMap", valueFrom["configMapKeyRef"]],
      ["Secret", valueFrom["secretKeyRef"]]
    ];
    return keyRefs.flatMap(([kind, ref]) => {
      const name = asString(asMap(ref)["name"]);
      const key = asString(asMap(ref)["key"]);
      if (!name || key === void 0) return [];
      return [{ kind, name, keys: [key], optional: isOptional(ref), via: "env", reader }];
    });
  });
}
function envFromReferences(container, reader) {
  return asList(container["envFrom"]).flatMap((entry) => {
    const sources = [
      ["ConfigMap", asMap(entry)["configMapRef"]],
      ["Secret", asMap(entry)["secretRef"]]
    ];
    return sources.flatMap(([kind, ref]) => {
      const name = asString(asMap(ref)["name"]);
      if (!name) return [];
      return [
        {
          kind,
          name,
          keys: "all",
          optional: isOptional(ref),
          via: "envFrom",
          reader
        }
      ];
    });
  });
}
function volumeReferences(podSpec) {
  return asList(podSpec["volumes"]).flatMap((entry) => {
    const volume = asMap(entry);
    const reader = asString(volume["name"]) ?? "volume";
    const configMap2 = asMap(volume["configMap"]);
    const secret2 = asMap(volume["secret"]);
    const projected = asList(asMap(volume["projected"])["sources"]);
    return [
      ...volumeSource("ConfigMap", asString(configMap2["name"]), configMap2, "volume", reader),
      ...volumeSource("Secret", asString(secret2["secretName"]), secret2, "volume", reader),
      ...projected.flatMap((source) => {
        const projectedConfigMap = asMap(asMap(source)["configMap"]);
        const projectedSecret = asMap(asMap(source)["secret"]);
        return [
          ...volumeSource(
            "ConfigMap",
            asString(projectedConfigMap["name"]),
            projectedConfigMap,
            "projected",
            reader
          ),
          ...volumeSource(
            "Secret",
            asString(projectedSecret["name"]),
            projectedSecret,
            "projected",
            reader
          )
        ];
      })
    ];
  });
}
function volumeSource(kind, name, source, via, reader) {
  if (!name) return [];
  const items = asList(source["items"]).flatMap((item) => asString(asMap(item)["key"]) ?? []);
  const keys = items.length > 0 ? items : "all";
  return [{ kind, name, keys, optional: isOptional(source), via, reader }];
}
function pullSecretReferences(podSpec) {
  return asList(podSpec["imagePullSecrets"]).flatMap((entry) => {
    const name = asString(asMap(entry)["name"]);
    if (!name) return [];
    return [
      {
        kind: "Secret",
        name,
        keys: "all",
        optional: true,
        via: "imagePullSecrets",
        reader: "imagePullSecrets"
      }
    ];
  });
}
function isOptional(ref) {
  return asMap(ref)["optional"] === true;
}

// src/yaml-edit/index.ts
var import_yaml7 = __toESM(require_dist(), 1);
import { isDeepStrictEqual as isDeepStrictEqual4 } from "node:util";

// src/yaml-edit/fast.ts
import { isDeepStrictEqual as isDeepStrictEqual3 } from "node:util";

// src/yaml-edit/layout.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/yaml-edit/source-text.ts
var byteOrderMark = "\uFEFF";
function detectEol(text) {
  const firstNewline = text.indexOf("\n");
  return firstNewline > 0 && text[firstNewline - 1] === "\r" ? "\r\n" : "\n";
}
function lineStartOf(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  return start === 0 && text.startsWith(byteOrderMark) ? 1 : start;
}
function columnOf(text, offset) {
  return offset - lineStartOf(text, offset);
}
function positionOf(text, offset) {
  return { line: lineLocator(text)(offset), column: columnOf(text, offset) + 1 };
}
function nextLineStart(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const lineBreak = text.indexOf("\n", offset);
  return lineBreak === -1 ? text.length : lineBreak + 1;
}
function insertLines(text, offset, lines, eol) {
  const body = lines.join(eol);
  const afterUnterminatedLastLine = offset === text.length && text.length > 0 && !text.endsWith("\n");
  return { start: offset, end: offset, text: afterUnterminatedLastLine ? eol + body : body + eol };
}
function applySplices(text, splices) {
  const lastFirst = [...splices].sort((a, b) => b.start - a.start);
  return lastFirst.reduce(
    (result, s) => result.slice(0, s.start) + s.text + result.slice(s.end),
    text
  );
}
function offsetBeforeSplices(offset, splices) {
  let shift = 0;
  for (const s of [...splices].sort((a, b) => a.start - b.start)) {
    const startAfter = s.start + shift;
    const endAfter = startAfter + s.text.length;
    if (offset < startAfter) break;
    if (offset < endAfter) return s.start;
    shift += s.text.length - (s.end - s.start);
  }
  return offset - shift;
}

// src/yaml-edit/layout.ts
function startOf(node) {
  return node?.range?.[0];
}
function mostCommon(counts, fallback) {
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}
function increment(counts, value) {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}
function detectLayout(text, documents) {
  const steps = /* @__PURE__ */ new Map();
  const sequenceIndents = /* @__PURE__ */ new Map();
  for (const document of documents) {
    (0, import_yaml2.visit)(document, {
      Pair(_, pair) {
        const keyStart = startOf(pair.key);
        if (!(0, import_yaml2.isScalar)(pair.key) || keyStart === void 0) return;
        const keyColumn = columnOf(text, keyStart);
        const value = pair.value;
        if ((0, import_yaml2.isMap)(value) && !value.flow) {
          const childStart = startOf(value.items[0]?.key);
          if (childStart === void 0) return;
          const step = columnOf(text, childStart) - keyColumn;
          if (step > 0) increment(steps, step);
        } else if ((0, import_yaml2.isSeq)(value) && !value.flow) {
          const dashStart = startOf(value);
          if (dashStart !== void 0) {
            increment(sequenceIndents, columnOf(text, dashStart) - keyColumn);
          }
        }
      }
    });
  }
  return layoutFromCounts(text, steps, sequenceIndents);
}
function layoutFromCounts(text, steps, sequenceIndents) {
  const indentStep = mostCommon(steps, 2);
  const sequenceIndent = mostCommon(sequenceIndents, indentStep);
  return { eol: detectEol(text), indentStep, sequenceIndent: Math.max(0, sequenceIndent) };
}

// src/yaml-edit/plan.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";

// src/yaml-edit/render.ts
var import_yaml3 = __toESM(require_dist(), 1);
var flowIndicators = /[,[\]{}]/;
function doubleQuoted(value) {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => {
    const hex = c.charCodeAt(0).toString(16).padStart(4, "0");
    return `\\u${hex}`;
  });
}
function singleQuotable(value) {
  return /^[\t\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u.test(value);
}
function singleQuoted(value) {
  return `'${value.replaceAll("'", "''")}'`;
}
function staysStringWhenPlain(plain, value) {
  try {
    return (0, import_yaml3.parse)(plain, { version: "1.1" }) === value && (0, import_yaml3.parse)(plain) === value;
  } catch {
    return false;
  }
}
var PLAIN_AS_IS = /^[A-Za-z][\w./-]*(?::[\w./-]+)*$/;
var PLAIN_WORDS = /* @__PURE__ */ new Set(["y", "n", "yes", "no", "true", "false", "on", "off", "null"]);
var EXPONENT_ONLY = /^[eE]-?[0-9]+$/;
var isPlainAsIs = (value) => PLAIN_AS_IS.test(value) && !PLAIN_WORDS.has(value.toLowerCase()) && !EXPONENT_ONLY.test(value);
function plainOrQuoted(value, context) {
  if (isPlainAsIs(value)) return value;
  const rendered = (0, import_yaml3.stringify)(value, { version: "1.1", lineWidth: 0 }).trimEnd();
  const isPlain = !/^["'|>]/.test(rendered) && !rendered.includes("\n");
  if (!isPlain)
    return rendered.startsWith("'") && !rendered.includes("\n") ? rendered : doubleQuoted(value);
  if (context === "flow" && flowIndicators.test(rendered)) return doubleQuoted(value);
  return staysStringWhenPlain(rendered, value) ? rendered : doubleQuoted(value);
}
function renderScalar(value, context, style = "plain") {
  if (style === "double") return doubleQuoted(value);
  if (style === "single" && singleQuotable(value)) return singleQuoted(value);
  return plainOrQuoted(value, context);
}
function renderKey(key, context) {
  return renderScalar(key, context);
}

// src/yaml-edit/types.ts
function refuse(reason, offset) {
  return { refused: reason, offset };
}
function isRefusal(value) {
  return typeof value === "object" && value !== null && "refused" in value;
}

// src/yaml-edit/walk.ts
var import_yaml4 = __toESM(require_dist(), 1);
function startOf2(node) {
  return node?.range?.[0];
}
function endOf(node) {
  return node?.range?.[1];
}
function isNullScalar(node) {
  return (0, import_yaml4.isScalar)(node) && node.value === null;
}
var aliasedAnchorsOf = /* @__PURE__ */ new WeakMap();
function anchorsUsedByAliases(document) {
  const known = aliasedAnchorsOf.get(document);
  if (known) return known;
  const used = /* @__PURE__ */ new Set();
  (0, import_yaml4.visit)(document, {
    Alias(_, alias) {
      used.add(alias.source);
    }
  });
  aliasedAnchorsOf.set(document, used);
  return used;
}
function findPair(map, key, document) {
  return map.items.find((pair) => keyValue(pair.key, document) === key);
}
function keyValue(key, document) {
  const node = (0, import_yaml4.isAlias)(key) ? key.resolve(document) : key;
  return (0, import_yaml4.isScalar)(node) ? node.value : void 0;
}
function hasMergeKey(map) {
  return map.items.some(
    (pair) => (0, import_yaml4.isScalar)(pair.key) && pair.key.value === "<<" && pair.key.type === "PLAIN"
  );
}
function describe2(node) {
  if ((0, import_yaml4.isSeq)(node)) return "a sequence";
  if ((0, import_yaml4.isMap)(node)) return "a map";
  if ((0, import_yaml4.isScalar)(node)) return `the scalar ${JSON.stringify(node.source ?? node.value)}`;
  return "nothing";
}
function pathText(path, length) {
  return path.slice(0, length).join(".") || "(document root)";
}
function refuseShared(node, aliasedAnchors, where, keyOffset) {
  const offset = keyOffset ?? startOf2(node) ?? 0;
  if ((0, import_yaml4.isAlias)(node)) {
    return refuse(`${where} is the alias *${node.source}; edit the anchored node instead`, offset);
  }
  const anchor = node?.anchor;
  if (anchor !== void 0 && aliasedAnchors.has(anchor)) {
    return refuse(
      `${where} carries the anchor &${anchor} that an alias uses; the alias would change too`,
      offset
    );
  }
  return void 0;
}
function stringSegments(rest, offset) {
  const index = rest.find((segment) => typeof segment === "number");
  if (index !== void 0) {
    return refuse(`cannot create the sequence item ${index} of a missing path`, offset);
  }
  return rest;
}
function stepIntoMap(map, path, depth, document) {
  const segment = path[depth];
  const offset = startOf2(map) ?? 0;
  if (typeof segment !== "string") {
    return refuse(
      `${pathText(path, depth)} is a map, not a sequence to index with ${segment}`,
      offset
    );
  }
  if (hasMergeKey(map)) {
    return refuse(
      `${pathText(path, depth)} has a merge key (<<); its keys come from elsewhere`,
      offset
    );
  }
  const pair = findPair(map, segment, document);
  if (pair) return pair;
  const rest = stringSegments(path.slice(depth), offset);
  return Array.isArray(rest) ? { kind: "missing-key", map, rest } : rest;
}
function stepIntoSequence(seq, path, depth) {
  const segment = path[depth];
  const offset = startOf2(seq) ?? 0;
  if (typeof segment !== "number") {
    return refuse(
      `${pathText(path, depth)} is a sequence, not a map with the key ${segment}`,
      offset
    );
  }
  if (segment < 0 || segment >= seq.items.length) {
    return refuse(`${pathText(path, depth)} has no item ${segment}`, offset);
  }
  return { item: seq.items[segment] };
}
function walkPath(document, path) {
  const aliasedAnchors = anchorsUsedByAliases(document);
  let node = document.contents;
  let pair;
  let parent;
  for (let depth = 0; depth < path.length; depth++) {
    const shared2 = refuseShared(node, aliasedAnchors, pathText(path, depth), startOf2(pair?.key));
    if (shared2) return shared2;
    if ((0, import_yaml4.isMap)(node)) {
      const step = stepIntoMap(node, path, depth, document);
      if (!("key" in step)) return step;
      [node, pair, parent] = [step.value, step, node];
    } else if ((0, import_yaml4.isSeq)(node)) {
      const step = stepIntoSequence(node, path, depth);
      if (isRefusal(step)) return step;
      [node, pair, parent] = [step.item, void 0, node];
    } else if ((node === null || isNullScalar(node)) && pair && (0, import_yaml4.isMap)(parent)) {
      const rest = stringSegments(path.slice(depth), startOf2(node) ?? startOf2(pair.key) ?? 0);
      return Array.isArray(rest) ? { kind: "null-value", pair, map: parent, rest } : rest;
    } else {
      const offset = startOf2(node) ?? startOf2(pair?.key) ?? 0;
      return refuse(`${pathText(path, depth)} is ${describe2(node)}, not a map`, offset);
    }
  }
  const shared = refuseShared(node, aliasedAnchors, pathText(path, path.length), startOf2(pair?.key));
  return shared ?? { kind: "found", value: node, pair, parent };
}
function deepestOffset(document, path) {
  let node = document.contents;
  let offset = startOf2(node);
  for (const segment of path) {
    if ((0, import_yaml4.isMap)(node) && typeof segment === "string") {
      const pair = findPair(node, segment, document);
      if (!pair) break;
      [node, offset] = [pair.value, startOf2(pair.key) ?? offset];
    } else if ((0, import_yaml4.isSeq)(node) && typeof segment === "number" && segment in node.items) {
      node = node.items[segment];
      offset = startOf2(node) ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

// src/yaml-edit/plan.ts
function blockItemLines(item, dashIndent) {
  const pad = " ".repeat(dashIndent);
  if (typeof item === "string") return [`${pad}- ${renderScalar(item, "block")}`];
  const entries = Object.entries(item).map(
    ([k, v]) => `${renderKey(k, "block")}: ${renderScalar(v, "block")}`
  );
  if (entries.length === 0) return [`${pad}- {}`];
  return entries.map((entry, index) => `${pad}${index === 0 ? "- " : "  "}${entry}`);
}
function blockEntryLines(keys, leaf, indent, layout) {
  const [key = "", ...deeper] = keys;
  const head = `${" ".repeat(indent)}${renderKey(key, "block")}:`;
  const childIndent = indent + layout.indentStep;
  if (deeper.length > 0) return [head, ...blockEntryLines(deeper, leaf, childIndent, layout)];
  if (leaf.kind === "scalar") return [`${head} ${renderScalar(leaf.value, "block")}`];
  return [head, ...blockItemLines(leaf.item, indent + layout.sequenceIndent)];
}
function flowItem(item) {
  if (typeof item === "string") return renderScalar(item, "flow");
  const entries = Object.entries(item).map(
    ([k, v]) => `${renderKey(k, "flow")}: ${renderScalar(v, "flow")}`
  );
  return `{${entries.join(", ")}}`;
}
function flowLeaf(leaf) {
  return leaf.kind === "scalar" ? renderScalar(leaf.value, "flow") : `[${flowItem(leaf.item)}]`;
}
function flowEntry(keys, leaf) {
  const [key = "", ...deeper] = keys;
  const value = deeper.length > 0 ? `{${flowEntry(deeper, leaf)}}` : flowLeaf(leaf);
  return `${renderKey(key, "flow")}: ${value}`;
}
function pairEnd(pair) {
  return Math.max(endOf(pair.key) ?? 0, endOf(pair.value) ?? 0);
}
function contentEnd(node) {
  if (!((0, import_yaml5.isMap)(node) || (0, import_yaml5.isSeq)(node)) || node.flow || node.items.length === 0) return endOf(node) ?? 0;
  const last = node.items.at(-1);
  if ((0, import_yaml5.isSeq)(node)) return contentEnd(last);
  const pair = last;
  return pair.value === null ? endOf(pair.key) ?? 0 : Math.max(endOf(pair.key) ?? 0, contentEnd(pair.value));
}
function insertIntoFlowCollection(collection, entry) {
  const last = collection.items.at(-1);
  if (last === void 0) {
    const afterOpening = (startOf2(collection) ?? 0) + 1;
    return [{ start: afterOpening, end: afterOpening, text: entry }];
  }
  const at2 = (0, import_yaml5.isMap)(collection) ? pairEnd(last) : endOf(last) ?? 0;
  return [{ start: at2, end: at2, text: `, ${entry}` }];
}
function insertIntoMap(context, map, keys, leaf) {
  if (map.flow) return insertIntoFlowCollection(map, flowEntry(keys, leaf));
  const firstKeyStart = startOf2(map.items[0]?.key);
  if (firstKeyStart === void 0) {
    return refuse("the map has no key to align with", startOf2(map) ?? 0);
  }
  const { text, layout } = context;
  const lines = blockEntryLines(keys, leaf, columnOf(text, firstKeyStart), layout);
  const sibling = leaf.kind === "scalar" ? siblingToPrecede(text, map, leaf.before) : void 0;
  const at2 = sibling === void 0 ? nextLineStart(text, contentEnd(map)) : startOfCommentsAbove(text, sibling);
  return [insertLines(text, at2, lines, layout.eol)];
}
function siblingToPrecede(text, map, before) {
  const pair = map.items.find(
    (item) => (0, import_yaml5.isScalar)(item.key) && before?.includes(String(item.key.value))
  );
  const keyStart = pair && startOf2(pair.key);
  if (keyStart === void 0) return void 0;
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  return text.slice(lineStart, keyStart).trim() === "" ? keyStart : void 0;
}
function startOfCommentsAbove(text, keyStart) {
  let lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  while (lineStart > 0) {
    const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    if (!text.slice(previousStart, lineStart).trimStart().startsWith("#")) break;
    lineStart = previousStart;
  }
  return lineStart;
}
function hasSource(node) {
  const range = node?.range;
  return (0, import_yaml5.isScalar)(node) && !!range && range[1] > range[0];
}
function refuseTagged(pair) {
  const tag = (0, import_yaml5.isScalar)(pair.value) ? pair.value.tag : void 0;
  if (tag === void 0) return void 0;
  const shown = tag.replace("tag:yaml.org,2002:", "!!");
  return refuse(
    `the value has the explicit tag ${shown}; replace it by hand`,
    startOf2(pair.key) ?? 0
  );
}
function fillNull(text, pair, rendered) {
  const tagged = refuseTagged(pair);
  if (tagged) return tagged;
  if (hasSource(pair.value)) {
    const [start, end] = pair.value.range;
    return [{ start, end, text: rendered }];
  }
  return fillEmptyValue(text, endOf(pair.key) ?? 0, startOf2(pair.key) ?? 0, rendered);
}
function fillEmptyValue(text, keyEnd, keyStart, rendered) {
  const colon = text.indexOf(":", keyEnd);
  if (colon === -1) return refuse('cannot find the ":" of this key', keyStart);
  const colonEnd = colon + 1;
  if (text[colonEnd] !== " " && text[colonEnd] !== "	") {
    return [{ start: colonEnd, end: colonEnd, text: ` ${rendered}` }];
  }
  const at2 = colonEnd + 1;
  return [{ start: at2, end: at2, text: text[at2] === "#" ? `${rendered} ` : rendered }];
}
function deleteNullText(text, node) {
  const [start, end] = node.range;
  return deleteWithSpacesBefore(text, start, end);
}
function deleteWithSpacesBefore(text, start, end) {
  let from = start;
  while (from > 0 && (text[from - 1] === " " || text[from - 1] === "	")) from--;
  return { start: from, end, text: "" };
}
function expandNull(context, pair, map, keys, leaf) {
  const { text, layout } = context;
  const tagged = refuseTagged(pair);
  if (tagged) return tagged;
  if (map.flow) {
    const nested = keys.length > 0 ? `{${flowEntry(keys, leaf)}}` : flowLeaf(leaf);
    return fillNull(text, pair, nested);
  }
  const keyStart = startOf2(pair.key);
  if (keyStart === void 0) return refuse("the key has no position", 0);
  const keyColumn = columnOf(text, keyStart);
  const lines = keys.length > 0 ? blockEntryLines(keys, leaf, keyColumn + layout.indentStep, layout) : blockLeafLines(leaf, keyColumn + layout.sequenceIndent);
  const splices = [];
  let lineEnd = endOf(pair.key) ?? keyStart;
  if (hasSource(pair.value)) {
    splices.push(deleteNullText(text, pair.value));
    lineEnd = endOf(pair.value) ?? lineEnd;
  }
  splices.push(insertLines(text, nextLineStart(text, lineEnd), lines, layout.eol));
  return splices;
}
function blockLeafLines(leaf, indent) {
  return leaf.kind === "sequence" ? blockItemLines(leaf.item, indent) : [];
}
function quoteStyleOf(scalar) {
  if (scalar.type === "QUOTE_DOUBLE") return "double";
  if (scalar.type === "QUOTE_SINGLE") return "single";
  return "plain";
}
function replaceScalar(text, scalar, value, context) {
  const [start, end] = scalar.range;
  const isBlockScalar = scalar.type === "BLOCK_LITERAL" || scalar.type === "BLOCK_FOLDED";
  const replacedEnd = isBlockScalar ? start + text.slice(start, end).trimEnd().length : end;
  return [{ start, end: replacedEnd, text: renderScalar(value, context, quoteStyleOf(scalar)) }];
}
function contextOf(parent) {
  return ((0, import_yaml5.isMap)(parent) || (0, import_yaml5.isSeq)(parent)) && parent.flow ? "flow" : "block";
}
function setFoundValue(context, landing, value) {
  const { value: node, pair, parent } = landing;
  const offset = startOf2(node) ?? startOf2(pair?.key) ?? 0;
  if (!pair) return refuse("a path must end at a key of a map", offset);
  if (node === null || isNullScalar(node))
    return fillNull(context.text, pair, renderScalar(value, contextOf(parent)));
  if (!(0, import_yaml5.isScalar)(node)) {
    return refuse(`the value is ${(0, import_yaml5.isSeq)(node) ? "a sequence" : "a map"}, not a scalar`, offset);
  }
  if (node.value === value) return [];
  return replaceScalar(context.text, node, value, contextOf(parent));
}
function planLeaf(context, landing, leaf) {
  if (landing.kind === "missing-key") return insertIntoMap(context, landing.map, landing.rest, leaf);
  if (landing.kind === "null-value")
    return expandNull(context, landing.pair, landing.map, landing.rest, leaf);
  return leaf.kind === "scalar" ? setFoundValue(context, landing, leaf.value) : appendToFound(context, landing, leaf);
}
function appendToFound(context, landing, leaf) {
  const { value: node, pair, parent } = landing;
  if ((node === null || isNullScalar(node)) && pair && (0, import_yaml5.isMap)(parent)) {
    return expandNull(context, pair, parent, [], leaf);
  }
  if (!(0, import_yaml5.isSeq)(node)) {
    return refuse("the value is not a sequence", startOf2(node) ?? startOf2(pair?.key) ?? 0);
  }
  const exists = node.items.some((item) => isDeepStrictEqual(toJs(item), leaf.item));
  if (exists) return [];
  if (node.flow) return insertIntoFlowCollection(node, flowItem(leaf.item));
  const { text, layout } = context;
  const lines = blockItemLines(leaf.item, columnOf(text, startOf2(node) ?? 0));
  return [insertLines(text, nextLineStart(text, contentEnd(node)), lines, layout.eol)];
}
function toJs(node) {
  const withToJson = node;
  try {
    return typeof withToJson?.toJSON === "function" ? withToJson.toJSON() : node;
  } catch {
    return void 0;
  }
}
function planSetScalar(context, document, edit) {
  if (edit.path.length === 0) return refuse("the path is empty", startOf2(document.contents) ?? 0);
  const landing = walkPath(document, edit.path);
  return isRefusal(landing) ? landing : planLeaf(context, landing, { kind: "scalar", value: edit.value, before: edit.before });
}
function planAppendItem(context, document, edit) {
  if (edit.path.length === 0) return refuse("the path is empty", startOf2(document.contents) ?? 0);
  const landing = walkPath(document, edit.path);
  return isRefusal(landing) ? landing : planLeaf(context, landing, { kind: "sequence", item: edit.item });
}

// src/yaml-edit/session.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";
function parseAll(text) {
  return [...(0, import_yaml6.parseAllDocuments)(text)];
}
function fail(source, message, offset) {
  return { ok: false, message, ...positionOf(source, offset) };
}
function withoutPosition(message) {
  const firstLine = message.split("\n")[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, "");
}
function firstError(documents) {
  for (const document of documents) {
    const error = document.errors[0];
    if (error) return { message: withoutPosition(error.message), offset: error.pos[0] };
  }
  return void 0;
}
function valuesOf(documents) {
  try {
    return documents.map((document) => document.toJS());
  } catch (error) {
    return `cannot read the value of the file: ${error.message}`;
  }
}
function expectedValues(original, edits, kind) {
  const expected = original.map((value) => deepClone(value));
  for (const edit of edits) expected[edit.document] = kind.expect(expected[edit.document], edit);
  return expected;
}
function mismatch(original, edited, edits, kind) {
  const error = firstError(edited);
  if (error) return { message: `the edit would break the file: ${error.message}`, document: 0 };
  if (edited.length !== original.length) {
    return { message: "the edit would change the number of documents", document: 0 };
  }
  const before = valuesOf(original);
  const after = valuesOf(edited);
  if (typeof before === "string" || typeof after === "string") {
    return { message: typeof before === "string" ? before : after, document: 0 };
  }
  const expected = expectedValues(before, edits, kind);
  const differing = after.findIndex((value, index) => !isDeepStrictEqual2(value, expected[index]));
  if (differing === -1) return void 0;
  return {
    message: `the edit would change document ${differing} beyond the intended value; refusing`,
    document: differing
  };
}
function mismatchOffset(original, edits, document) {
  const edit = edits.find((e) => e.document === document) ?? edits[0];
  const target = edit && original[edit.document];
  return (target && deepestOffset(target, edit.path)) ?? 0;
}
function planAll(context, documents, edits, kind) {
  const plans = [];
  for (const edit of edits) {
    const document = documents[edit.document];
    if (!document) return missingDocument(documents, edit);
    const planned = kind.plan(context, document, edit);
    if (isRefusal(planned)) return planned;
    plans.push(planned);
  }
  return plans;
}
function missingDocument(documents, edit) {
  return refuse(`the file has ${documents.length} documents, not a document ${edit.document}`, 0);
}
function touching(a, b) {
  return a.start <= b.end && b.start <= a.end;
}
function independent(plans) {
  return plans.every(
    (plan, index) => plans.slice(index + 1).every((later) => plan.every((a) => later.every((b) => !touching(a, b))))
  );
}
function editInTurn(source, original, layout, edits, kind) {
  const applied = [];
  let edited = { text: source, documents: original };
  for (const edit of edits) {
    const document = edited.documents[edit.document];
    const planned = document ? kind.plan({ text: edited.text, layout }, document, edit) : missingDocument(edited.documents, edit);
    if (isRefusal(planned)) {
      const offset = applied.reduceRight(
        (at2, splices) => offsetBeforeSplices(at2, splices),
        planned.offset
      );
      return fail(source, planned.refused, offset);
    }
    if (planned.length === 0) continue;
    const text = applySplices(edited.text, planned);
    applied.push(planned);
    edited = { text, documents: parseAll(text) };
  }
  return edited;
}
function runEdits(source, edits, kind) {
  if (edits.length === 0) return { ok: true, text: source, changed: false };
  const original = parseAll(source);
  const parseError = firstError(original);
  if (parseError) {
    return fail(source, `the file does not parse: ${parseError.message}`, parseError.offset);
  }
  const layout = detectLayout(source, original);
  const plans = planAll({ text: source, layout }, original, edits, kind);
  if (isRefusal(plans)) return fail(source, plans.refused, plans.offset);
  const together = independent(plans) ? applySplices(source, plans.flat()) : void 0;
  if (together === source) return { ok: true, text: source, changed: false };
  if (together !== void 0 && verifiedQuickly(source, original.length, together, edits, kind))
    return { ok: true, text: together, changed: true };
  const edited = together !== void 0 ? { text: together, documents: parseAll(together) } : editInTurn(source, original, layout, edits, kind);
  if ("ok" in edited) return edited;
  if (edited.text === source) return { ok: true, text: source, changed: false };
  const problem2 = mismatch(original, edited.documents, edits, kind);
  if (problem2) {
    return fail(source, problem2.message, mismatchOffset(original, edits, problem2.document));
  }
  return { ok: true, text: edited.text, changed: true };
}
var LOAD_OPTIONS = { schema: CORE_SCHEMA };
var MAX_ALIASES = 10;
function asterisks(text) {
  let count = 0;
  for (let at2 = text.indexOf("*"); at2 !== -1; at2 = text.indexOf("*", at2 + 1)) count++;
  return count;
}
function verifiedQuickly(source, documents, text, edits, kind) {
  if (asterisks(source) > MAX_ALIASES || asterisks(text) > MAX_ALIASES) return false;
  let before;
  let after;
  try {
    before = loadAll(source, void 0, LOAD_OPTIONS);
    after = loadAll(text, void 0, LOAD_OPTIONS);
  } catch {
    return false;
  }
  if (before.length !== documents || after.length !== documents) return false;
  const expected = expectedValues(before, edits, kind);
  return after.every((value, index) => isDeepStrictEqual2(value, expected[index]));
}

// src/yaml-edit/fast.ts
var LEFT_TO_YAML = [
  /\t/,
  // tabs: separation and indentation rules differ
  /\r(?!\n)/,
  // a line break that is a lone CR
  /["'\]}]#/,
  // a comment touching a quote or a bracket: an error for yaml only
  /^%/m,
  // directives
  /^(?:---|\.\.\.)[ \t]+[^ \t\r\n#]/m,
  // content on a document marker's line
  /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|\r?$)/m
  // explicit keys
];
var LONGEST_KEY = 1e3;
function fastSetScalars(source, edits, kind) {
  return fastEdits(source, edits, kind, (edit) => ({
    leaf: { kind: "scalar", value: edit.value },
    before: edit.before
  }));
}
function fastAppendItems(source, edits, kind) {
  if (source.includes("*")) return void 0;
  return fastEdits(source, edits, kind, (edit) => ({
    leaf: { kind: "sequence", item: edit.item },
    before: void 0
  }));
}
function fastEdits(source, edits, kind, leafOf) {
  if (edits.length === 0 || asterisks(source) > MAX_ALIASES) return void 0;
  if (LEFT_TO_YAML.some((pattern) => pattern.test(source))) return void 0;
  const read = readFrames(source);
  if (!read) return void 0;
  const layout = layoutOf(source, read.roots);
  if (!layout) return void 0;
  const plans = [];
  const distinct2 = edits.filter(
    (edit, index) => edits.findIndex((other) => isDeepStrictEqual3(other, edit)) === index
  );
  for (const edit of distinct2) {
    const root = read.roots[edit.document];
    const { leaf, before } = leafOf(edit);
    const planned = root && planPath(source, layout, root, edit.path, leaf, before);
    if (!planned) return void 0;
    plans.push(planned);
  }
  if (!independent(plans)) return void 0;
  const text = applySplices(source, plans.flat());
  if (text === source) return { ok: true, text: source, changed: false };
  if (asterisks(text) > MAX_ALIASES) return void 0;
  let after;
  try {
    after = loadAll(text, void 0, { schema: CORE_SCHEMA });
  } catch {
    return void 0;
  }
  if (after.length !== read.values.length) return void 0;
  const expected = read.values;
  for (const edit of edits) expected[edit.document] = kind.expect(expected[edit.document], edit);
  return after.every((value, index) => sameValue(value, expected[index])) ? { ok: true, text, changed: true } : void 0;
}
function readFrames(text) {
  const shift = text.charCodeAt(0) === 65279 ? 1 : 0;
  const roots = [];
  const reading = [];
  let values;
  try {
    values = loadAll(text, void 0, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === "open") {
          reading.push({
            open: state.position + shift,
            close: 0,
            kind: null,
            result: void 0,
            children: []
          });
          return;
        }
        const frame = reading.pop();
        if (!frame) return;
        frame.close = state.position + shift;
        frame.kind = state.kind;
        frame.result = state.result;
        const last = frame.children.at(-1);
        if (frame.kind === "mapping" && frame.children.length % 2 === 1 && last) {
          if (last.kind === null && last.close === last.open) frame.children.pop();
        }
        (reading.at(-1)?.children ?? roots).push(frame);
      }
    });
  } catch {
    return void 0;
  }
  return roots.length === values.length ? { values, roots } : void 0;
}
function skipSeparation(text, at2) {
  for (; ; ) {
    const c = text.charCodeAt(at2);
    if (c === 32 || c === 10 || c === 13) at2++;
    else if (c === 35) {
      const lineBreak = text.indexOf("\n", at2);
      at2 = lineBreak === -1 ? text.length : lineBreak;
    } else return at2;
  }
}
function contentStart(text, from) {
  let at2 = skipSeparation(text, from);
  let props = false;
  while (text[at2] === "&" || text[at2] === "!") {
    props = true;
    while (at2 < text.length && !/[ \r\n]/.test(text[at2])) at2++;
    at2 = skipSeparation(text, at2);
  }
  return { at: at2, props };
}
function unwrap(text, frame) {
  for (; ; ) {
    const only = frame.children.length === 1 ? frame.children[0] : void 0;
    if (!only || frame.kind === null || only.kind !== frame.kind || only.result !== frame.result || only.open !== contentStart(text, frame.open).at)
      return frame;
    frame = only;
  }
}
function isBlockMap(frame, at2) {
  return frame.kind === "mapping" && frame.children.length >= 2 && frame.children.length % 2 === 0 && frame.children[0].open === at2;
}
var spansLines = (text, from, to) => {
  const lineBreak = text.indexOf("\n", from);
  return lineBreak !== -1 && lineBreak < to;
};
function layoutOf(text, roots) {
  const steps = /* @__PURE__ */ new Map();
  const sequenceIndents = /* @__PURE__ */ new Map();
  let placeable = true;
  const visit3 = (frame) => {
    const node = unwrap(text, frame);
    const { at: at2 } = contentStart(text, node.open);
    if (node.kind === "mapping" && isBlockMap(node, at2)) {
      for (let index = 0; index < node.children.length && placeable; index += 2) {
        const key = node.children[index];
        const value = node.children[index + 1];
        const keyChar = text[key.open];
        if (keyChar === "&" || keyChar === "!" || key.close - key.open > LONGEST_KEY) {
          placeable = false;
          return;
        }
        if (key.kind === "scalar") countPair(key, value);
        visit3(value);
      }
    } else if (node.kind === "sequence" && text[at2] === "-") {
      for (const item of node.children) if (placeable) visit3(item);
    } else if (node.kind === "mapping" || node.kind === "sequence") {
      if (spansLines(text, at2, node.close)) placeable = false;
    } else if (node.kind === "scalar" && (text[at2] === '"' || text[at2] === "'")) {
      if (spansLines(text, at2, node.close)) placeable = false;
    }
  };
  const countPair = (key, frame) => {
    const keyColumn = columnOf(text, key.open);
    const value = unwrap(text, frame);
    if (value.kind !== "mapping" && value.kind !== "sequence") return;
    const { at: at2 } = contentStart(text, value.open);
    if (isBlockMap(value, at2)) {
      const step = columnOf(text, value.children[0].open) - keyColumn;
      if (step > 0) increment(steps, step);
    } else if (value.kind === "sequence" && text[at2] === "-") {
      increment(sequenceIndents, columnOf(text, at2) - keyColumn);
    }
  };
  for (const root of roots) if (placeable) visit3(root);
  return placeable ? layoutFromCounts(text, steps, sequenceIndents) : void 0;
}
function plainEnd(text, start, close) {
  const lineBreak = text.indexOf("\n", start);
  const lineEnd = lineBreak === -1 ? text.length : lineBreak;
  if (close > lineEnd) return void 0;
  let end = start;
  for (let at2 = start; at2 < lineEnd; at2++) {
    const c = text[at2];
    if (c === "#" && text[at2 - 1] === " ") break;
    if (c !== " " && c !== "\r") end = at2 + 1;
  }
  return end;
}
function contentEnd2(text, frame) {
  const node = unwrap(text, frame);
  const { at: at2 } = contentStart(text, node.open);
  const c = text[at2];
  if (node.kind === "mapping") {
    if (!isBlockMap(node, at2))
      return c === "{" && text[node.close - 1] === "}" ? node.close : void 0;
    const key = node.children.at(-2);
    const value = node.children.at(-1);
    const valueEnd = isEmpty(text, value) ? key.close : contentEnd2(text, value);
    return valueEnd === void 0 ? void 0 : Math.max(key.close, valueEnd);
  }
  if (node.kind === "sequence") {
    if (c === "[") return text[node.close - 1] === "]" ? node.close : void 0;
    const items = node.children;
    const complete = Array.isArray(node.result) && items.length === node.result.length;
    return complete && items.length > 0 ? contentEnd2(text, items.at(-1)) : void 0;
  }
  if (node.kind === "scalar") {
    if (c === '"' || c === "'") return text[node.close - 1] === c ? node.close : void 0;
    if (c === "|" || c === ">") return void 0;
    return plainEnd(text, at2, node.close);
  }
  if (c === "*" && node.close > at2) {
    let end = at2 + 1;
    while (end < text.length && !/[\s,[\]{}]/.test(text[end])) end++;
    return end;
  }
  return void 0;
}
function isEmpty(text, frame) {
  if (frame.kind !== null) return false;
  const { at: at2, props } = contentStart(text, frame.open);
  return !props && !(text[at2] === "*" && frame.close > at2);
}
var NULL_WORDS = /* @__PURE__ */ new Set(["~", "null", "Null", "NULL"]);
function surelyString(text, key) {
  const c = text[key.open];
  if (c === '"' || c === "'") return true;
  const source = text.slice(key.open, key.close).trimEnd();
  return source === key.result && isPlainAsIs(source);
}
function planPath(text, layout, root, path, leaf, before) {
  if (path.length === 0) return void 0;
  let node = unwrap(text, root);
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth];
    const { at: at2, props } = contentStart(text, node.open);
    if (typeof segment !== "string" || props || !isBlockMap(node, at2)) return void 0;
    let found;
    for (let index = 0; index < node.children.length; index += 2) {
      const key2 = node.children[index];
      if (key2.kind !== "scalar" || typeof key2.result !== "string" || key2.result === "<<")
        return void 0;
      if (found === void 0 && key2.result === segment) found = index;
    }
    const rest = path.slice(depth);
    if (found === void 0) return insertIntoMap2(text, layout, node, rest, leaf, before);
    const key = node.children[found];
    if (!surelyString(text, key)) return void 0;
    const value = unwrap(text, node.children[found + 1]);
    const nullText = nullSource(text, value);
    if (nullText === void 0) return void 0;
    if (nullText !== false) return fillOrExpand(text, layout, key, nullText, rest.slice(1), leaf);
    if (depth === path.length - 1)
      return leaf.kind === "scalar" ? replaceScalar2(text, value, leaf.value) : appendToSequence(text, layout, value, leaf.item);
    node = value;
  }
  return void 0;
}
function nullSource(text, value) {
  const { at: at2, props } = contentStart(text, value.open);
  if (value.kind === null) return isEmpty(text, value) ? null : void 0;
  if (props) return void 0;
  if (value.kind !== "scalar" || value.result !== null) return false;
  const end = plainEnd(text, at2, value.close);
  return end !== void 0 && NULL_WORDS.has(text.slice(at2, end)) ? [at2, end] : void 0;
}
function insertIntoMap2(text, layout, map, rest, leaf, before) {
  if (!rest.every((segment) => typeof segment === "string")) return void 0;
  const lines = blockEntryLines(rest, leaf, columnOf(text, map.children[0].open), layout);
  const sibling = leaf.kind === "scalar" ? siblingToPrecede2(text, map, before) : void 0;
  const end = sibling === void 0 ? contentEnd2(text, map) : void 0;
  if (sibling === void 0 && end === void 0) return void 0;
  const at2 = sibling === void 0 ? nextLineStart(text, end) : startOfCommentsAbove(text, sibling);
  return [insertLines(text, at2, lines, layout.eol)];
}
function siblingToPrecede2(text, map, before) {
  for (let index = 0; index < map.children.length; index += 2) {
    const key = map.children[index];
    if (!before?.includes(String(key.result))) continue;
    const lineStart = text.lastIndexOf("\n", key.open - 1) + 1;
    return text.slice(lineStart, key.open).trim() === "" ? key.open : void 0;
  }
  return void 0;
}
function fillOrExpand(text, layout, key, nullText, keys, leaf) {
  if (keys.length === 0 && leaf.kind === "scalar") {
    const rendered = renderScalar(leaf.value, "block");
    if (nullText) return [{ start: nullText[0], end: nullText[1], text: rendered }];
    const filled = fillEmptyValue(text, key.close, key.open, rendered);
    return isRefusal(filled) ? void 0 : filled;
  }
  if (!keys.every((segment) => typeof segment === "string")) return void 0;
  const keyColumn = columnOf(text, key.open);
  const lines = keys.length > 0 ? blockEntryLines(keys, leaf, keyColumn + layout.indentStep, layout) : blockItemLines(
    leaf.item,
    keyColumn + layout.sequenceIndent
  );
  const splices = [];
  let lineEnd = key.close;
  if (nullText) {
    splices.push(deleteWithSpacesBefore(text, nullText[0], nullText[1]));
    lineEnd = nullText[1];
  }
  splices.push(insertLines(text, nextLineStart(text, lineEnd), lines, layout.eol));
  return splices;
}
function replaceScalar2(text, value, replacement) {
  const { at: at2, props } = contentStart(text, value.open);
  if (props || value.kind !== "scalar" || typeof value.result !== "string") return void 0;
  const c = text[at2];
  let end;
  let style = "plain";
  if (c === '"' || c === "'") {
    if (text[value.close - 1] !== c || spansLines(text, at2, value.close)) return void 0;
    end = value.close;
    style = c === '"' ? "double" : "single";
  } else {
    end = plainEnd(text, at2, value.close);
    if (end === void 0 || !isPlainAsIs(text.slice(at2, end))) return void 0;
  }
  if (value.result === replacement) return [];
  return [{ start: at2, end, text: renderScalar(replacement, "block", style) }];
}
function appendToSequence(text, layout, sequence, item) {
  const { at: at2, props } = contentStart(text, sequence.open);
  if (props || sequence.kind !== "sequence" || text[at2] !== "-") return void 0;
  if (!settled(text, sequence)) return void 0;
  if (sequence.result.some((existing) => isDeepStrictEqual3(existing, item))) return [];
  const end = contentEnd2(text, sequence);
  if (end === void 0) return void 0;
  const lines = blockItemLines(item, columnOf(text, at2));
  return [insertLines(text, nextLineStart(text, end), lines, layout.eol)];
}
var WORDS = /* @__PURE__ */ new Set(["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]);
var NUMBER_CHARACTERS = /^[0-9a-fA-FxXoObB+\-._:iInN]*$/;
function settled(text, frame) {
  const node = unwrap(text, frame);
  const { at: at2, props } = contentStart(text, node.open);
  if (props) return false;
  if (node.kind === "mapping")
    return isBlockMap(node, at2) && node.children.every((child) => settled(text, child));
  if (node.kind === "sequence")
    return text[at2] === "-" && Array.isArray(node.result) && node.children.length === node.result.length && node.children.every((child) => settled(text, child));
  if (node.kind !== "scalar") return false;
  const c = text[at2];
  if (c === '"' || c === "'") return text[node.close - 1] === c && !spansLines(text, at2, node.close);
  const end = plainEnd(text, at2, node.close);
  if (end === void 0) return false;
  const plain = text.slice(at2, end);
  if (plain === "__proto__") return false;
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(plain)) return true;
  if (["null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE"].includes(plain))
    return true;
  return !WORDS.has(plain.toLowerCase()) && !NUMBER_CHARACTERS.test(plain);
}
function sameValue(a, b) {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return Object.is(a, b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    if (Object.getPrototypeOf(a) !== Array.prototype || Object.getPrototypeOf(b) !== Array.prototype)
      return isDeepStrictEqual3(a, b);
    for (let index = 0; index < a.length; index++) if (!sameValue(a[index], b[index])) return false;
    return Object.keys(a).length === a.length && Object.keys(b).length === b.length;
  }
  const prototype = Object.getPrototypeOf(a);
  if (prototype !== Object.prototype || Object.getPrototypeOf(b) !== prototype)
    return isDeepStrictEqual3(a, b);
  if (Object.getOwnPropertySymbols(a).length + Object.getOwnPropertySymbols(b).length > 0)
    return isDeepStrictEqual3(a, b);
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a;
  const right = b;
  for (const key of keys)
    if (!Object.hasOwn(right, key) || !sameValue(left[key], right[key])) return false;
  return true;
}

// src/yaml-edit/index.ts
function updateAt(root, path, update) {
  const [head, ...rest] = path;
  if (head === void 0) return update(root);
  const container = root !== null && typeof root === "object" ? root : {};
  container[head] = updateAt(container[head], rest, update);
  return container;
}
var SET_SCALAR = {
  plan: planSetScalar,
  expect: (current, edit) => updateAt(current, edit.path, () => edit.value)
};
function setScalars(source, edits) {
  return fastSetScalars(source, edits, SET_SCALAR) ?? runEdits(source, edits, SET_SCALAR);
}
var APPEND_ITEM = {
  plan: planAppendItem,
  expect: (current, edit) => updateAt(current, edit.path, (list) => {
    const items = Array.isArray(list) ? list : [];
    return items.some((item) => isDeepStrictEqual4(item, edit.item)) ? items : [...items, edit.item];
  })
};
function appendItems(source, edits) {
  return fastAppendItems(source, edits, APPEND_ITEM) ?? runEdits(source, edits, APPEND_ITEM);
}
function locate(source, document, path) {
  const target = (0, import_yaml7.parseAllDocuments)(source)[document];
  const offset = target && deepestOffset(target, path);
  return offset === void 0 ? void 0 : positionOf(source, offset);
}

// src/engine/findings.ts
var RULES = {
  "config-hash-missing": "error",
  "config-hash-stale": "error",
  "config-hash-conflict": "error",
  "reference-missing": "warning",
  "reference-untrackable": "warning",
  "job-not-annotated": "note",
  "yaml-parse-error": "warning",
  "write-refused": "error",
  "build-problem": "warning",
  "kustomization-cycle": "error",
  "config-not-in-git": "warning",
  "outside-repository": "warning",
  "file-unreadable": "warning",
  "flux-unresolved": "warning",
  "flux-source-inferred": "note",
  // Lint rules (src/lint): what makes restarts fail besides a missing or stale hash.
  "reloader-reload-strategy": "warning",
  "helm-values-not-watched": "warning",
  "flux-v1-object": "warning",
  "hash-restarts-nothing": "warning",
  "hash-scaled-to-zero": "note",
  "reloader-annotation-typo": "warning"
};
function problem(rule, file, line, message) {
  return { rule, severity: RULES[rule], file, line, message };
}

// src/lint/where.ts
var sourceKey = (source) => `${source.document}#${source.file}`;
function findingAt(input, rule, source, path, message) {
  const position = input.locate(source.file, source.document, path);
  const line = position?.line ?? input.lineOf(source.file, source.document);
  return {
    ...problem(rule, source.file, line, message),
    ...position ? { column: position.column } : {}
  };
}
function qualified(namespace, name) {
  return namespace ? `${namespace}/${name}` : name;
}
function distinct(problems, byPlace = false) {
  const seen = /* @__PURE__ */ new Map();
  for (const found of problems) {
    const key = `${found.rule}|${found.file}|${found.line}|${found.column}|${byPlace ? "" : found.message}`;
    if (!seen.has(key)) seen.set(key, found);
  }
  return [...seen.values()];
}

// src/lint/annotation-typo.ts
var RELOADER_ANNOTATIONS = [
  "reloader.stakater.com/auto",
  "configmap.reloader.stakater.com/auto",
  "secret.reloader.stakater.com/auto",
  "secretproviderclass.reloader.stakater.com/auto",
  "configmap.reloader.stakater.com/reload",
  "secret.reloader.stakater.com/reload",
  "secretproviderclass.reloader.stakater.com/reload",
  "configmaps.exclude.reloader.stakater.com/reload",
  "secrets.exclude.reloader.stakater.com/reload",
  "secretproviderclasses.exclude.reloader.stakater.com/reload",
  "reloader.stakater.com/search",
  "reloader.stakater.com/match",
  "reloader.stakater.com/ignore",
  "reloader.stakater.com/rollout-strategy",
  "reloader.stakater.com/last-reloaded-from",
  "deployment.reloader.stakater.com/pause-period",
  "deployment.reloader.stakater.com/paused-at"
];
var KNOWN = new Set(RELOADER_ANNOTATIONS);
var MAX_DISTANCE = 3;
var RELOADER_DOMAIN = "stakater.com/";
var POD_TEMPLATES = [
  ["spec", "template", "metadata", "annotations"],
  ["spec", "jobTemplate", "spec", "template", "metadata", "annotations"]
];
function annotationTypos(input) {
  const problems = [];
  for (const document of input.documents) {
    if (!isObject(document.value)) continue;
    visitAnnotationKeys(document.value, (key, path) => {
      const message = typoMessage(key);
      if (message)
        problems.push(
          findingAt(input, "reloader-annotation-typo", sourceOf(document), [...path], message)
        );
    });
  }
  return { problems, edits: [] };
}
function sourceOf(document) {
  return { file: document.file, document: document.index };
}
function visitAnnotationKeys(object, visit3) {
  for (const path of [["metadata", "annotations"], ...POD_TEMPLATES]) {
    const map = at(object, path);
    if (isObject(map)) for (const key of Object.keys(map)) visit3(key, [...path, key]);
  }
  if (kindOf(object) === "HelmRelease")
    visitKeys(at(object, ["spec", "values"]), ["spec", "values"], visit3);
}
function at(value, path) {
  let current = value;
  for (const key of path) current = isObject(current) ? current[key] : void 0;
  return current;
}
function visitKeys(value, path, visit3) {
  if (path.length > 64) return;
  if (Array.isArray(value))
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visitKeys(value[index], path, visit3);
      path.pop();
    }
  if (!isObject(value)) return;
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    path.push(key);
    visit3(key, path);
    visitKeys(value[key], path, visit3);
    path.pop();
  }
}
function typoMessage(key) {
  if (KNOWN.has(key) || !key.includes("/")) return void 0;
  const nearest = nearestKnown(key);
  if (nearest && nearest.distance <= MAX_DISTANCE)
    return `'${key}' is not an annotation Stakater Reloader reads: did you mean '${nearest.key}'? As written, Reloader ignores it`;
  if (!key.toLowerCase().includes(RELOADER_DOMAIN)) return void 0;
  return `'${key}' is in Stakater Reloader's domain but is no annotation it reads, so Reloader ignores it; it reads ${RELOADER_ANNOTATIONS.filter((known) => !known.endsWith("/paused-at") && !known.endsWith("/last-reloaded-from")).join(", ")}`;
}
function nearestKnown(key) {
  let best;
  const limit = key.toLowerCase().includes(RELOADER_DOMAIN) ? Infinity : MAX_DISTANCE;
  for (const known of RELOADER_ANNOTATIONS) {
    const distance = editDistance(key, known, Math.min(limit, best?.distance ?? Infinity));
    if (distance !== void 0 && (!best || distance < best.distance))
      best = { key: known, distance };
  }
  return best;
}
function editDistance(a, b, limit = Infinity) {
  if (Math.abs(a.length - b.length) > limit) return void 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return void 0;
    previous = current;
  }
  const distance = previous[b.length];
  return distance <= limit ? distance : void 0;
}

// src/lint/flux-v1.ts
function fluxV1Api(apiVersion, kind) {
  if (apiVersion.startsWith("helm.fluxcd.io/") || apiVersion.startsWith("flux.weave.works/"))
    return "Flux v1 (helm-operator)";
  if (apiVersion === "kustomize.toolkit.fluxcd.io/v1beta1" && kind === "Kustomization")
    return "Flux before 0.18 (kustomize-controller without server-side apply)";
  return void 0;
}
function fluxV1Objects(input) {
  const problems = [];
  for (const document of input.documents) {
    if (!isObject(document.value)) continue;
    const object = document.value;
    const apiVersion = asString(object["apiVersion"]) ?? "";
    const era = fluxV1Api(apiVersion, kindOf(object));
    if (!era) continue;
    problems.push(
      findingAt(
        input,
        "flux-v1-object",
        { file: document.file, document: document.index },
        ["apiVersion"],
        `${kindOf(object)} ${qualified(namespaceOf2(object), nameOf2(object))} uses ${apiVersion}, an API of ${era}, which applies with client-side apply and reverts the annotation Stakater Reloader writes to restart pods; for workloads Reloader restarts, pre-declare reloader.stakater.com/last-reloaded-from: "" in a kustomize patch, or move to Flux v2 (server-side apply). gitops-reloader's hash is in Git and is not affected`
      )
    );
  }
  return { problems, edits: [] };
}

// src/helm/chart.ts
function chartOf(release, namespace, findSource) {
  const spec = isObject(release.spec) ? release.spec : {};
  const template = isObject(spec.chart) && isObject(spec.chart.spec) ? spec.chart.spec : void 0;
  if (template) return fromTemplate(template, namespace);
  if (isObject(spec.chartRef)) return fromReference(spec.chartRef, namespace, findSource);
  return void 0;
}
function fromTemplate(template, namespace) {
  if (typeof template.chart !== "string") return void 0;
  const source = isObject(template.sourceRef) ? template.sourceRef : {};
  return {
    name: lastSegment(template.chart),
    version: typeof template.version === "string" ? template.version : void 0,
    source: describe3(source, namespace)
  };
}
function fromReference(reference, namespace, findSource) {
  const kind = typeof reference.kind === "string" ? reference.kind : "";
  const name = typeof reference.name === "string" ? reference.name : "";
  const sourceNamespace = typeof reference.namespace === "string" ? reference.namespace : namespace;
  const source = findSource(kind, sourceNamespace, name);
  const spec = source && isObject(source.spec) ? source.spec : void 0;
  if (!spec) return void 0;
  if (kind === "HelmChart") return fromTemplate(spec, sourceNamespace);
  if (typeof spec.url !== "string") return void 0;
  const ref = isObject(spec.ref) ? spec.ref : {};
  const version = [ref.tag, ref.semver, ref.digest].find((value) => typeof value === "string");
  return {
    name: lastSegment(spec.url),
    version,
    source: `${kind}/${sourceNamespace}/${name}`
  };
}
function lastSegment(path) {
  return path.replace(/\/+$/, "").split("/").pop() ?? path;
}
function describe3(source, namespace) {
  if (typeof source.kind !== "string" || typeof source.name !== "string") return void 0;
  const sourceNamespace = typeof source.namespace === "string" ? source.namespace : namespace;
  return `${source.kind}/${sourceNamespace}/${source.name}`;
}
function majorVersion(version) {
  const match = /^v?(\d+)/.exec(version ?? "");
  return match ? Number(match[1]) : void 0;
}
function versionAtLeast(version, major, minor) {
  const match = /^v?(\d+)\.(\d+)/.exec(version ?? "");
  if (!match) return (majorVersion(version) ?? 0) > major;
  const [actualMajor, actualMinor] = [Number(match[1]), Number(match[2])];
  return actualMajor > major || actualMajor === major && actualMinor >= minor;
}

// src/helm/app-template.ts
var WORKLOAD_KINDS = {
  deployment: "Deployment",
  statefulset: "StatefulSet",
  daemonset: "DaemonSet",
  cronjob: "CronJob",
  job: "Job"
};
function renderAppTemplate(values, release) {
  const major = majorVersion(release.version) ?? 5;
  if (major <= 1) return renderVersionOne(values, release);
  const controllers = enabledEntries(withVersionTwoDefaults(values, major).controllers);
  const full = fullName(values, release.releaseName);
  const chartObjects = chartMadeObjects(values, full, major);
  return controllers.map(([id, controller]) => {
    const kind = WORKLOAD_KINDS[String(controller.type ?? "deployment").toLowerCase()] ?? "Deployment";
    const annotationsPath = ["controllers", id, "pod", "annotations"];
    return {
      id,
      kind,
      name: controllerName(id, controller, controllers.length, full, values, major),
      references: [
        ...containerReferences2(controller, release, chartObjects, major),
        ...persistenceReferences(values, id, release, chartObjects)
      ],
      podAnnotationsPath: annotationsPath,
      podAnnotations: mapAt(controller, ["pod", "annotations"]),
      companions: droppedDefaults(values, controller, release.version),
      annotations: mapAt(controller, ["annotations"])
    };
  });
}
function withVersionTwoDefaults(values, major) {
  if (major !== 2 || isObject(values.controllers)) return values;
  return { ...values, controllers: { main: { containers: { main: {} } } } };
}
function enabledEntries(value) {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(
    ([id, entry]) => isObject(entry) && entry.enabled !== false ? [[id, entry]] : []
  );
}
function mapAt(value, path) {
  let current = value;
  for (const key of path) current = isObject(current) ? current[key] : void 0;
  return isObject(current) ? current : {};
}
function fullName(values, releaseName) {
  const global = mapAt(values, ["global"]);
  const override = [global.fullnameOverride, values.fullnameOverride].find(
    (value) => typeof value === "string" && value !== ""
  );
  if (typeof override === "string") return override;
  const nameOverride = global.nameOverride;
  if (typeof nameOverride === "string" && nameOverride && !releaseName.includes(nameOverride))
    return `${releaseName}-${nameOverride}`;
  return releaseName;
}
function controllerName(id, controller, enabled, full, values, major) {
  if (major === 2) {
    if (typeof controller.nameOverride === "string") return `${full}-${controller.nameOverride}`;
    return id === "main" ? full : `${full}-${id}`;
  }
  if (major === 3) {
    if (typeof controller.nameOverride === "string") return `${full}-${controller.nameOverride}`;
    return enabled > 1 ? `${full}-${id}` : full;
  }
  if (typeof controller.forceRename === "string") return controller.forceRename;
  return resourceName(id, enabled, full, values);
}
function resourceName(id, enabled, full, values) {
  const always = mapAt(values, ["global"]).alwaysAppendIdentifierToResourceName === true;
  const append = (enabled > 1 || always) && !full.endsWith(`-${id}`) && full !== id;
  return (append ? `${full}-${id}` : full).toLowerCase();
}
function chartMadeObjects(values, full, major) {
  return {
    ConfigMap: chartObjectsOf(values.configMaps, full, major, values),
    Secret: chartObjectsOf(values.secrets, full, major, values)
  };
}
function chartObjectsOf(value, full, major, values) {
  const entries = enabledEntries(value);
  const byIdentifier = /* @__PURE__ */ new Map();
  for (const [id, entry] of entries) {
    const name = typeof entry.forceRename === "string" ? entry.forceRename : major === 2 ? id === "main" ? full : `${full}-${id}` : major === 3 ? `${full}-${id}` : resourceName(id, entries.length, full, values);
    byIdentifier.set(id, { name, checksum: entry.includeInChecksum !== false });
  }
  const names = new Map([...byIdentifier.values()].map((object) => [object.name, object.checksum]));
  return { byIdentifier, names };
}
function containerReferences2(controller, release, chartObjects, major) {
  const defaults = major >= 3 ? mapAt(controller, ["defaultContainerOptions"]) : {};
  const containers = [
    ...Object.entries(mapAt(controller, ["initContainers"])),
    ...Object.entries(mapAt(controller, ["containers"]))
  ].filter(([, container]) => isObject(container) && container.enabled !== false);
  return containers.flatMap(([reader, container]) => {
    const own = container;
    const env = hasEntries(own.env) ? own.env : defaults.env;
    const envFrom = hasEntries(own.envFrom) ? own.envFrom : defaults.envFrom;
    const read = (reference) => resolveName({ ...reference, reader }, release, chartObjects);
    return [...envReferences2(env).map(read), ...envFromReferences2(envFrom, chartObjects).map(read)];
  });
}
function hasEntries(value) {
  return Array.isArray(value) ? value.length > 0 : isObject(value) && Object.keys(value).length > 0;
}
function envReferences2(env) {
  const entries = Array.isArray(env) ? env.filter(isObject) : Object.values(isObject(env) ? env : {}).filter(isObject);
  return entries.flatMap((entry) => {
    const source = isObject(entry.valueFrom) ? entry.valueFrom : entry;
    return [
      ["ConfigMap", source.configMapKeyRef],
      ["Secret", source.secretKeyRef]
    ].flatMap(([kind, ref]) => {
      if (!isObject(ref) || typeof ref.name !== "string" || typeof ref.key !== "string") return [];
      return [
        {
          kind,
          name: ref.name,
          keys: [ref.key],
          optional: ref.optional === true,
          via: "env"
        }
      ];
    });
  });
}
function envFromReferences2(envFrom, chartObjects) {
  if (!Array.isArray(envFrom)) return [];
  return envFrom.filter(isObject).flatMap((entry) => {
    const forms = [
      ["ConfigMap", entry.configMapRef, entry.configMap],
      ["Secret", entry.secretRef, entry.secret]
    ];
    return forms.flatMap(([kind, ref, shorthand]) => {
      const base2 = { kind, keys: "all", via: "envFrom" };
      if (typeof shorthand === "string") {
        const identifier = chartObjects[kind].byIdentifier.has(shorthand);
        return [{ ...base2, name: shorthand, optional: false, identifier }];
      }
      if (!isObject(ref)) return [];
      const optional = ref.optional === true;
      if (typeof ref.identifier === "string")
        return [{ ...base2, name: ref.identifier, optional, identifier: true }];
      return typeof ref.name === "string" ? [{ ...base2, name: ref.name, optional }] : [];
    });
  });
}
function persistenceReferences(values, controllerId, release, chartObjects) {
  return enabledEntries(values.persistence).flatMap(([reader, item]) => {
    if (!isMountedIn(item, controllerId)) return [];
    const volume = volumeOf(item);
    if (!volume) return [];
    const items = Array.isArray(volume.items) ? volume.items.filter(isObject).flatMap((entry) => typeof entry.key === "string" ? [entry.key] : []) : [];
    const reference = {
      kind: volume.kind,
      name: volume.name,
      identifier: volume.identifier,
      keys: items.length > 0 ? items : "all",
      optional: volume.optional,
      via: "volume",
      reader
    };
    return [resolveName(reference, release, chartObjects)];
  });
}
function isMountedIn(item, controllerId) {
  const advanced = item.advancedMounts;
  if (isObject(advanced) && !isObject(item.globalMounts) && !Array.isArray(item.globalMounts))
    return isObject(advanced[controllerId]);
  return true;
}
function volumeOf(item) {
  const type = String(item.type ?? "");
  if (type === "configMap" || type === "secret") {
    const kind = type === "configMap" ? "ConfigMap" : "Secret";
    const identifier = typeof item.identifier === "string";
    const name = identifier ? item.identifier : item.name;
    if (typeof name !== "string") return void 0;
    return { kind, name, identifier, items: item.items, optional: item.optional === true };
  }
  if (type === "custom" && isObject(item.volumeSpec)) {
    const spec = item.volumeSpec;
    return customVolume("ConfigMap", spec.configMap, "name") ?? customVolume("Secret", spec.secret, "secretName");
  }
  return void 0;
}
function customVolume(kind, source, nameKey) {
  if (!isObject(source) || typeof source[nameKey] !== "string") return void 0;
  return {
    kind,
    name: source[nameKey],
    identifier: false,
    items: source.items,
    optional: source.optional === true
  };
}
var RELEASE_NAME = /\{\{-?\s*\.Release\.Name\s*-?\}\}/g;
function resolveName(reference, release, chartObjects) {
  const { identifier, ...rest } = reference;
  const objects = chartObjects[reference.kind];
  if (identifier) {
    const made = objects.byIdentifier.get(reference.name);
    return { ...rest, name: made?.name ?? reference.name, chartChecksum: made?.checksum ?? false };
  }
  const name = reference.name.replace(RELEASE_NAME, release.releaseName);
  return { ...rest, name, chartChecksum: objects.names.get(name) ?? false };
}
function droppedDefaults(values, controller, version) {
  if (version !== void 0 && !versionAtLeast(version, 4, 3)) return {};
  if (values.defaultPodOptionsStrategy === "merge") return {};
  if (isObject(mapAt(controller, ["pod"]).annotations)) return {};
  const defaults = mapAt(values, ["defaultPodOptions", "annotations"]);
  return Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, String(value)]));
}
function renderVersionOne(values, release) {
  const controller = mapAt(values, ["controller"]);
  if (controller.enabled === false) return [];
  const empty = {
    ConfigMap: chartObjectsOf({}, "", 1, values),
    Secret: chartObjectsOf({}, "", 1, values)
  };
  const read = (reader) => (reference) => resolveName({ ...reference, reader }, release, empty);
  const containers = [
    ["main", values],
    ...Object.entries(mapAt(values, ["initContainers"])),
    ...Object.entries(mapAt(values, ["additionalContainers"]))
  ];
  const references = containers.flatMap(([reader, container]) => {
    const source = isObject(container) ? container : {};
    return [
      ...envReferences2(source.env).map(read(reader)),
      ...envFromReferences2(source.envFrom, empty).map(read(reader))
    ];
  });
  const persistence = enabledEntries(values.persistence).flatMap(([reader, item]) => {
    const volume = volumeOf(item);
    if (!volume) return [];
    return [resolveName({ ...volume, keys: "all", via: "volume", reader }, release, empty)];
  });
  return [
    {
      id: "main",
      kind: WORKLOAD_KINDS[String(controller.type ?? "deployment").toLowerCase()] ?? "Deployment",
      name: fullName(values, release.releaseName),
      references: [...references, ...persistence],
      podAnnotationsPath: ["podAnnotations"],
      podAnnotations: mapAt(values, ["podAnnotations"]),
      companions: {},
      annotations: mapAt(controller, ["annotations"])
    }
  ];
}

// src/helm/values.ts
function mergeValues(spec, findSource) {
  const references = valuesReferences(spec.valuesFrom);
  const problems = [];
  if (references.length === 0)
    return { values: isObject(spec.values) ? spec.values : {}, references, problems };
  let values = {};
  const targeted = [];
  for (const reference of references) {
    const text = readReference(reference, findSource, problems);
    if (text === void 0) continue;
    if (reference.targetPath) {
      targeted.push([reference.targetPath, text]);
      continue;
    }
    const parsed = parseValues(text, reference, problems);
    if (parsed) values = mergeMaps(values, parsed);
  }
  if (isObject(spec.values)) values = mergeMaps(values, spec.values);
  for (const [path, text] of targeted) setAtPath(values, path, text);
  return { values, references, problems };
}
function valuesReferences(valuesFrom) {
  if (!Array.isArray(valuesFrom)) return [];
  return valuesFrom.filter(isObject).flatMap((entry) => {
    const kind = entry.kind === "Secret" ? "Secret" : entry.kind === "ConfigMap" ? "ConfigMap" : void 0;
    if (!kind || typeof entry.name !== "string") return [];
    return [
      {
        kind,
        name: entry.name,
        valuesKey: typeof entry.valuesKey === "string" ? entry.valuesKey : "values.yaml",
        targetPath: typeof entry.targetPath === "string" ? entry.targetPath : void 0,
        optional: entry.optional === true
      }
    ];
  });
}
function readReference(reference, findSource, problems) {
  const source = findSource(reference.kind, reference.name);
  const text = source?.data.get(reference.valuesKey);
  if (text !== void 0 || reference.optional) return text;
  problems.push(
    source ? `valuesFrom ${reference.kind} ${reference.name} has no key '${reference.valuesKey}'` : `valuesFrom ${reference.kind} ${reference.name} is not defined in this repository`
  );
  return void 0;
}
function parseValues(text, reference, problems) {
  const parsed = parseYamlDocuments(text, `${reference.kind} ${reference.name}`);
  const [first] = parsed.ok ? parsed.documents : [];
  if (parsed.ok && (isObject(first) || first === null || first === void 0))
    return isObject(first) ? first : {};
  problems.push(
    `valuesFrom ${reference.kind} ${reference.name} key '${reference.valuesKey}' is not a YAML map${parsed.ok ? "" : `: ${parsed.error.message}`}`
  );
  return void 0;
}
function mergeMaps(under, over) {
  const merged = deepClone(under);
  mergeInto(merged, over);
  return merged;
}
function mergeInto(target, over) {
  for (const key of Object.keys(over)) {
    const below = target[key];
    const value = over[key];
    if (isObject(below) && isObject(value) && Object.hasOwn(target, key)) mergeInto(below, value);
    else setOwn(target, key, deepClone(value));
  }
}
function setAtPath(values, path, value) {
  const keys = path.split(/(?<!\\)\./).map((key) => key.replace(/\\\./g, "."));
  let current = values;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(current[key])) current[key] = {};
    current = current[key];
  }
  const last = keys[keys.length - 1];
  if (last !== void 0) current[last] = value;
}

// src/helm/release.ts
var POD_ANNOTATIONS_PATH_ANNOTATION = "gitops-reloader/pod-annotations-path";
var WATCH_ANNOTATION = "gitops-reloader/watch";
function isHelmRelease(object) {
  return object.kind === "HelmRelease" && typeof object.apiVersion === "string" && object.apiVersion.startsWith("helm.toolkit.fluxcd.io/");
}
function readHelmRelease(release, lookups) {
  const metadata = isObject(release.metadata) ? release.metadata : {};
  const spec = isObject(release.spec) ? release.spec : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  const ownNamespace = typeof metadata.namespace === "string" ? metadata.namespace : "";
  const targetNamespace = typeof spec.targetNamespace === "string" ? spec.targetNamespace : "";
  const releaseName = typeof spec.releaseName === "string" && spec.releaseName ? spec.releaseName : targetNamespace ? `${targetNamespace}-${name}` : name;
  const chart = chartOf(release, ownNamespace, lookups.findSource);
  const values = mergeValues(
    spec,
    (kind, sourceName) => lookups.findValues(kind, ownNamespace, sourceName)
  );
  const context = { releaseName, version: chart?.version };
  const workloads = chart?.name === "app-template" ? renderAppTemplate(values.values, context).map((workload) => ({
    ...workload,
    references: [...workload.references, ...valuesFromReferences(values)]
  })) : otherChartWorkload(metadata, values, chart, releaseName);
  return { releaseName, namespace: targetNamespace || ownNamespace, chart, values, workloads };
}
var POD_ANNOTATION_PATHS = {
  "ingress-nginx": "controller.podAnnotations",
  "kube-prometheus-stack": "prometheusOperator.podAnnotations",
  postgresql: "primary.podAnnotations",
  reloader: "reloader.deployment.pod.annotations"
};
function otherChartWorkload(metadata, values, chart, releaseName) {
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  const references = [
    ...watchedReferences(annotations[WATCH_ANNOTATION]),
    ...reloaderReferences(values.values),
    ...valuesFromReferences(values)
  ];
  if (references.length === 0) return [];
  const explicit = annotations[POD_ANNOTATIONS_PATH_ANNOTATION];
  const path = (typeof explicit === "string" && isValuesPath(explicit) ? explicit : POD_ANNOTATION_PATHS[chart?.name ?? ""] ?? "podAnnotations").split(".");
  return [
    {
      id: "",
      kind: "Deployment",
      name: releaseName,
      references,
      podAnnotationsPath: path,
      podAnnotations: mapAt2(values.values, path),
      companions: {},
      annotations: {}
    }
  ];
}
function valuesFromReferences(values) {
  return values.references.map((reference) => ({
    kind: reference.kind,
    name: reference.name,
    keys: [reference.valuesKey],
    optional: reference.optional,
    via: "envFrom",
    reader: "valuesFrom",
    chartChecksum: false
  }));
}
function isValuesPath(path) {
  return path.split(".").every((key) => key !== "" && key !== "__proto__" && key !== "constructor" && key !== "prototype");
}
function watchedReferences(value) {
  if (typeof value !== "string") return [];
  return value.split(",").flatMap((entry) => {
    const [type, name] = entry.trim().split("/");
    const kind = type?.toLowerCase() === "secret" ? "Secret" : type?.toLowerCase() === "configmap" ? "ConfigMap" : void 0;
    if (!kind || !name) return [];
    return [
      {
        kind,
        name,
        keys: "all",
        optional: false,
        via: "envFrom",
        reader: "watch",
        chartChecksum: false
      }
    ];
  });
}
var RELOADER_RELOAD = /^(configmap|secret)\.reloader\.stakater\.com\/reload$/;
function reloaderReferences(values, depth = 0) {
  if (!isObject(values) || depth > 20) return [];
  return Object.entries(values).flatMap(([key, value]) => {
    const match = RELOADER_RELOAD.exec(key);
    if (match && typeof value === "string")
      return value.split(",").flatMap(
        (name) => name.trim() ? [
          {
            kind: match[1] === "secret" ? "Secret" : "ConfigMap",
            name: name.trim(),
            keys: "all",
            optional: false,
            via: "envFrom",
            reader: "reloader annotation",
            chartChecksum: false
          }
        ] : []
      );
    return reloaderReferences(value, depth + 1);
  });
}
function mapAt2(value, path) {
  let current = value;
  for (const key of path) current = isObject(current) ? current[key] : void 0;
  return isObject(current) ? current : {};
}

// src/lint/no-restart.ts
function noRestart(input) {
  const problems = [];
  const builtObject = builtObjectFinder(input);
  for (const workload of input.workloads) {
    const source = workload.source;
    if (!source || workload.desiredHash === void 0) continue;
    if (!["missing", "stale", "current"].includes(workload.status)) continue;
    const object = builtObject(workload);
    if (!object) continue;
    for (const blocker of blockers(workload, object)) {
      problems.push(
        findingAt(
          input,
          blocker.rule,
          source,
          blocker.path,
          `${workload.kind} ${qualified(workload.namespace, workload.name)} gets a config hash, but ${blocker.why}`
        )
      );
    }
  }
  return { problems: distinct(problems, true), edits: [] };
}
function builtObjectFinder(input) {
  const bySource = /* @__PURE__ */ new Map();
  const resourcesOf = (rootId) => {
    let index = bySource.get(rootId);
    if (index) return index;
    index = /* @__PURE__ */ new Map();
    bySource.set(rootId, index);
    const root = input.roots.find((candidate) => candidate.id === rootId);
    for (const resource of root?.resources ?? []) {
      if (!resource.source) continue;
      const key = sourceKey(resource.source);
      const list = index.get(key);
      if (list) list.push(resource);
      else index.set(key, [resource]);
    }
    return index;
  };
  return (workload) => {
    const source = workload.source;
    if (!source) return void 0;
    const fromChart = workload.shape.templatePath.length === 0;
    return resourcesOf(workload.root).get(sourceKey(source))?.find(
      (resource) => fromChart ? isHelmRelease(resource.object) : kindOf(resource.object) === workload.kind && nameOf2(resource.object) === workload.name
    )?.object;
  };
}
function blockers(workload, object) {
  const found = [];
  const [spec, values, controllers, id] = workload.shape.annotationsPath;
  const chartController = workload.shape.templatePath.length === 0 && spec === "spec" && values === "values" && controllers === "controllers" && id !== void 0;
  if (!chartController && workload.shape.templatePath.length === 0) return [];
  const base2 = chartController ? ["spec", "values", "controllers", id] : ["spec"];
  const onDelete = chartController ? getIn(object, [...base2, "strategy"]) === "OnDelete" : asString(getIn(object, ["spec", "updateStrategy", "type"])) === "OnDelete";
  if (onDelete && (workload.kind === "StatefulSet" || workload.kind === "DaemonSet"))
    found.push({
      rule: "hash-restarts-nothing",
      path: chartController ? [...base2, "strategy"] : ["spec", "updateStrategy", "type"],
      why: "its update strategy is OnDelete: a new hash changes the pod template, and no pod restarts until someone deletes it; use RollingUpdate, or delete the pods after each config change"
    });
  if (!chartController && workload.kind === "Deployment" && getIn(object, ["spec", "paused"]) === true)
    found.push({
      rule: "hash-restarts-nothing",
      path: ["spec", "paused"],
      why: "it is paused (spec.paused: true): a new hash rolls nothing out until the Deployment is resumed"
    });
  if (getIn(object, [...base2, "replicas"]) === 0)
    found.push({
      rule: "hash-scaled-to-zero",
      path: [...base2, "replicas"],
      why: "it has replicas: 0: no pod runs, so a config change restarts nothing (pods started later read the current config)"
    });
  return found;
}

// src/engine/config-objects.ts
function configObjectsOf(object, generatedWithSuffix) {
  const kind = kindOf(object);
  const group = apiGroupOf(object);
  if (kind === "ConfigMap" && group === "") return [configMap(object, generatedWithSuffix)];
  if (kind === "Secret" && group === "") return [secret(object, generatedWithSuffix)];
  if (kind === "SealedSecret" && group === "bitnami.com") return [sealedSecret(object)];
  const produced = producedSecretName(object, kind, group);
  return produced ? [untrackableSecret(object, produced, `${kind} target`)] : [];
}
function configMap(object, generatedWithSuffix) {
  const values = decodedOnce([
    [object["data"], utf8],
    [object["binaryData"], base64]
  ]);
  const tracking = generatedWithSuffix ? "kustomize-suffix" : "git";
  return base(object, "ConfigMap", tracking, "ConfigMap", values);
}
function secret(object, generatedWithSuffix) {
  const encrypted = isSopsEncrypted(object);
  const values = decodedOnce([
    // SOPS keeps `data` values as ENC[...] ciphertext: hash the ciphertext text, never decrypt.
    [object["data"], encrypted ? utf8 : base64],
    // The API server merges stringData over data, so the same bytes hash the same either way.
    [object["stringData"], utf8]
  ]);
  const tracking = generatedWithSuffix ? "kustomize-suffix" : "git";
  return base(object, "Secret", tracking, encrypted ? "SOPS-encrypted Secret" : "Secret", values);
}
function sealedSecret(object) {
  const template = asMap(getIn(object, ["spec", "template"]));
  return {
    kind: "Secret",
    name: asString(getIn(template, ["metadata", "name"])) ?? nameOf2(object),
    namespace: asString(getIn(template, ["metadata", "namespace"])) ?? namespaceOf2(object),
    tracking: "git",
    source: "SealedSecret",
    values: decodedOnce([
      [template["data"], utf8],
      [getIn(object, ["spec", "encryptedData"]), utf8]
    ]),
    definedBy: object
  };
}
function decodedOnce(maps) {
  let values;
  return () => {
    if (values) return values;
    values = /* @__PURE__ */ new Map();
    for (const [map, decode2] of maps) {
      for (const [key, value] of Object.entries(asMap(map))) values.set(key, decode2(value));
    }
    return values;
  };
}
function producedSecretName(object, kind, group) {
  if (kind === "ExternalSecret" && group === "external-secrets.io") {
    return asString(getIn(object, ["spec", "target", "name"])) ?? nameOf2(object);
  }
  if (kind === "Certificate" && group === "cert-manager.io") {
    return asString(getIn(object, ["spec", "secretName"]));
  }
  if (kind === "OnePasswordItem" && group === "onepassword.com") return nameOf2(object);
  return void 0;
}
function untrackableSecret(object, name, source) {
  return {
    kind: "Secret",
    name,
    namespace: namespaceOf2(object),
    tracking: "untrackable",
    source,
    values: () => /* @__PURE__ */ new Map(),
    definedBy: object
  };
}
function base(object, kind, tracking, source, values) {
  return {
    kind,
    name: nameOf2(object),
    namespace: namespaceOf2(object),
    tracking,
    source,
    values,
    definedBy: object
  };
}
function utf8(value) {
  return Buffer.from(scalarText2(value), "utf8");
}
function base64(value) {
  return Buffer.from(scalarText2(value), "base64");
}
function scalarText2(value) {
  if (value === null || value === void 0) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

// src/engine/hash.ts
function configHash(reads) {
  const digest = sha256Hex(canonicalLines(reads).join(""));
  return `sha256:${digest.slice(0, 16)}`;
}
function canonicalLines(reads) {
  const lines = /* @__PURE__ */ new Set();
  let ascii = true;
  for (const read of reads) {
    const object = `${read.kind}/${read.name}`;
    ascii &&= isAscii(object);
    if (!read.values) {
      lines.add(`${object}
`);
      continue;
    }
    for (const [key, bytes] of read.values) {
      ascii &&= isAscii(key);
      lines.add(bytes ? `${object}/${key}=${bytes.toString("base64")}
` : `${object}/${key}
`);
    }
  }
  return sortByUtf8Bytes([...lines], ascii);
}
var isAscii = (text) => /^[\u0000-\u007f]*$/.test(text);
function sortByUtf8Bytes(lines, ascii) {
  if (ascii) return lines.sort();
  return lines.map((line) => ({ line, bytes: Buffer.from(line, "utf8") })).sort((left, right) => Buffer.compare(left.bytes, right.bytes)).map(({ line }) => line);
}

// src/engine/reloader.ts
var AUTO = "reloader.stakater.com/auto";
var AUTO_BY_KIND = {
  ConfigMap: "configmap.reloader.stakater.com/auto",
  Secret: "secret.reloader.stakater.com/auto"
};
var RELOAD_BY_KIND = {
  ConfigMap: "configmap.reloader.stakater.com/reload",
  Secret: "secret.reloader.stakater.com/reload"
};
var SEARCH = "reloader.stakater.com/search";
var MATCH = "reloader.stakater.com/match";
function reloaderWatch(annotations) {
  const on = (key) => String(annotations[key]).toLowerCase() === "true";
  const named = (kind) => String(annotations[RELOAD_BY_KIND[kind]] ?? "").split(",").map((name) => name.trim()).filter(Boolean);
  const anyAnnotation = on(AUTO) || on(SEARCH) || ["ConfigMap", "Secret"].some(
    (kind) => on(AUTO_BY_KIND[kind]) || named(kind).length > 0
  );
  if (!anyAnnotation) return void 0;
  return (kind, name, objectAnnotations) => on(AUTO) || on(AUTO_BY_KIND[kind]) || named(kind).includes(name) || on(SEARCH) && String(objectAnnotations[MATCH]).toLowerCase() === "true";
}

// src/engine/analyze.ts
function analyzeRoot(root, context) {
  const index = indexConfigObjects(root.resources, context.isCommitted);
  const findInRoot = sourceFinder(root.resources, context.findSource);
  return root.resources.flatMap((resource) => {
    const candidates = workloadCandidates(resource.object, index, findInRoot, context.hashKey);
    if (candidates.length === 0) return [];
    const source = resource.source && {
      ...resource.source,
      line: context.lineOf(resource.source.file, resource.source.document)
    };
    return candidates.map(
      (candidate) => analyzeWorkload(root.id, candidate, source, index, context.selection)
    );
  });
}
function sourceFinder(resources, fallback = () => void 0) {
  const byKind = /* @__PURE__ */ new Map();
  const indexOf = (kind) => cached(byKind, kind, () => {
    const index = /* @__PURE__ */ new Map();
    for (const { object } of resources)
      if (kindOf(object) === kind) index.set(`${namespaceOf2(object)}/${nameOf2(object)}`, object);
    return index;
  });
  return (kind, namespace, name) => {
    const index = indexOf(kind);
    return index.get(`${namespace}/${name}`) ?? index.get(`/${name}`) ?? fallback(kind, namespace, name);
  };
}
function workloadCandidates(object, index, findSource, hashKey) {
  if (isHelmRelease(object)) return chartWorkloads(object, index, findSource, hashKey);
  const shape = workloadShape(object, hashKey);
  if (!shape) return [];
  return [
    {
      object,
      shape,
      name: nameOf2(object),
      namespace: namespaceOf2(object),
      references: findReferences(podSpecOf(object, shape)),
      ignored: isIgnored(object, shape),
      reloaderAnnotations: {
        ...annotationsOf({ metadata: getIn(object, [...shape.templatePath, "metadata"]) }),
        ...annotationsOf(object)
      }
    }
  ];
}
function chartWorkloads(release, index, findSource, hashKey) {
  const view = readHelmRelease(release, {
    findSource,
    findValues: (kind, namespace, name) => valuesSourceOf(index.find(kind, name, namespace))
  });
  const releaseIgnored = isTrue(annotationsOf(release)[IGNORE_ANNOTATION]);
  return view.workloads.map((workload) => ({
    object: release,
    shape: {
      kind: workload.kind,
      templatePath: [],
      annotationsPath: ["spec", "values", ...workload.podAnnotationsPath],
      annotatable: workload.kind !== "Job",
      companions: workload.companions,
      hashKey
    },
    name: workload.name,
    namespace: view.namespace,
    references: workload.references,
    chart: view.chart,
    reloaderAnnotations: { ...workload.podAnnotations, ...workload.annotations },
    ignored: releaseIgnored || [workload.annotations, workload.podAnnotations].some(
      (annotations) => isTrue(annotations[IGNORE_ANNOTATION])
    )
  }));
}
function isTrue(value) {
  return String(value).toLowerCase() === "true";
}
function valuesSourceOf(found) {
  if (!found || found.tracking !== "git") return void 0;
  const data = new Map([...found.values()].map(([key, bytes]) => [key, bytes.toString("utf8")]));
  return { kind: found.kind, name: found.name, data, labels: annotationsOf(found.definedBy) };
}
function analyzeWorkload(rootId, candidate, source, index, selection) {
  const { object, shape, namespace } = candidate;
  const reads = [];
  const watch = reloaderWatch(candidate.reloaderAnnotations);
  const references = candidate.references.map(({ chartChecksum, ...reference }) => {
    if (chartChecksum) return { ...reference, coverage: "chart-checksum" };
    const found = index.find(reference.kind, reference.name, namespace);
    const watched = watch?.(reference.kind, reference.name, annotationsOf(found?.definedBy)) ?? false;
    const resolved = withReloader(resolveReference(reference, found), watched, selection);
    const read = readOf(resolved, found);
    if (read) reads.push(read);
    return resolved;
  });
  const desiredHash = references.some((r) => r.coverage === "git-hash") ? configHash(reads) : void 0;
  const currentHash = currentConfigHash(object, shape);
  return {
    root: rootId,
    kind: shape.kind,
    name: candidate.name,
    namespace,
    source,
    shape,
    references,
    status: statusOf(candidate, desiredHash, currentHash),
    desiredHash,
    currentHash,
    ...candidate.chart ? { chart: candidate.chart } : {}
  };
}
function withReloader(resolved, watched, selection) {
  if (resolved.coverage === "untrackable" && watched) return { ...resolved, coverage: "reloader" };
  if (selection === "reloader" && resolved.coverage === "git-hash" && !watched)
    return { ...resolved, coverage: "not-selected" };
  return resolved;
}
function resolveReference(reference, found) {
  if (reference.via === "imagePullSecrets")
    return { ...reference, coverage: "no-restart-needed", source: found?.source };
  if (!found) return { ...reference, coverage: "missing" };
  if (found.tracking === "git" && found.uncommitted.length > 0)
    return { ...reference, coverage: "not-in-git", source: found.uncommitted.join(", ") };
  const coverage = found.tracking === "git" ? "git-hash" : found.tracking;
  return { ...reference, coverage, source: found.source };
}
function readOf(reference, found) {
  const object = { kind: reference.kind, name: found?.sourceName ?? reference.name };
  if (reference.coverage === "missing" && reference.optional)
    return { ...object, values: void 0 };
  if (reference.coverage !== "git-hash" || !found) return void 0;
  if (reference.keys === "all") return { ...object, values: found.values() };
  const values = found.values();
  return { ...object, values: new Map(reference.keys.map((key) => [key, values.get(key)])) };
}
function statusOf(candidate, desiredHash, currentHash) {
  if (candidate.ignored) return "ignored";
  if (!desiredHash) return "no-tracked-config";
  if (!candidate.shape.annotatable) return "job";
  if (currentHash === void 0) return "missing";
  return currentHash === desiredHash ? "current" : "stale";
}
function indexConfigObjects(resources, isCommitted) {
  const entries = resources.flatMap(
    (resource) => configObjectsOf(resource.object, resource.generatedWithSuffix).map((object) => ({
      object,
      resource
    }))
  );
  const byName = groupBy(entries, ({ object }) => `${object.kind}/${object.name}`);
  const indexed = /* @__PURE__ */ new Map();
  const completed = ({ object, resource }) => cached(indexed, object, () => ({
    ...object,
    sourceName: resource.sourceName(object),
    uncommitted: resource.inputs.filter((file) => !isCommitted(file))
  }));
  return {
    find(kind, name, namespace) {
      const candidates = (byName.get(`${kind}/${name}`) ?? []).filter(
        ({ object }) => object.namespace === namespace || object.namespace === "" || namespace === ""
      );
      const best = candidates.sort((a, b) => rank(a.object, namespace) - rank(b.object, namespace));
      return best[0] && completed(best[0]);
    }
  };
}
function rank(object, namespace) {
  return (object.namespace === namespace ? 0 : 2) + (object.tracking === "git" ? 0 : 1);
}
function workloadProblems(workload) {
  if (!workload.source || workload.status === "ignored") return [];
  const { file, line } = workload.source;
  const problems = workload.references.flatMap(
    (reference) => referenceProblems(workload, reference, file, line)
  );
  const subject = `${workload.kind} ${qualifiedName(workload)}`;
  const reads = describeReads(workload.references);
  if (workload.status === "missing") {
    problems.push(
      problem(
        "config-hash-missing",
        file,
        line,
        `${subject} reads ${reads} but has no ${workload.shape.hashKey} annotation; it should be ${workload.desiredHash}`
      )
    );
  }
  if (workload.status === "stale") {
    problems.push(
      problem(
        "config-hash-stale",
        file,
        line,
        `${subject} has config hash ${workload.currentHash} but what it reads (${reads}) now hashes to ${workload.desiredHash}`
      )
    );
  }
  if (workload.status === "job") {
    problems.push(
      problem(
        "job-not-annotated",
        file,
        line,
        `${subject} reads ${reads}; a Job's pod template is immutable, so it is not annotated: a config change reaches it on its next run`
      )
    );
  }
  return problems;
}
function referenceProblems(workload, reference, file, line) {
  const what = `${reference.kind} ${reference.name}`;
  const subject = `${workload.kind} ${qualifiedName(workload)}`;
  if (reference.coverage === "missing" && !reference.optional) {
    return [
      problem(
        "reference-missing",
        file,
        line,
        `${subject} reads ${what} (${reference.via} of ${reference.reader}), which is not defined anywhere in root ${workload.root}`
      )
    ];
  }
  if (reference.coverage === "not-in-git") {
    return [
      problem(
        "config-not-in-git",
        file,
        line,
        `${subject} reads ${what}, made from files Git does not track (${reference.source}): they are left out of the hash, which is committed; commit them (encrypted, e.g. with SOPS) or keep a Reloader annotation for them`
      )
    ];
  }
  if (reference.coverage === "untrackable") {
    return [
      problem(
        "reference-untrackable",
        file,
        line,
        `${subject} reads ${what}, made in the cluster by an ${reference.source}: Git cannot see it change, so keep a Reloader annotation for it`
      )
    ];
  }
  return [];
}
function qualifiedName(workload) {
  return workload.namespace ? `${workload.namespace}/${workload.name}` : workload.name;
}
function describeReads(references) {
  const hashed = references.filter((reference) => reference.coverage === "git-hash");
  const keysByObject = /* @__PURE__ */ new Map();
  for (const reference of hashed) {
    const object = `${reference.kind} ${reference.name}`;
    const known = keysByObject.get(object);
    if (known === "all" || reference.keys === "all") keysByObject.set(object, "all");
    else keysByObject.set(object, /* @__PURE__ */ new Set([...known ?? [], ...reference.keys]));
  }
  return [...keysByObject].map(
    ([object, keys]) => `${object} (${keys === "all" ? "all keys" : `keys ${[...keys].join(", ")}`})`
  ).join(", ");
}

// src/lint/configs.ts
function configFinder(root) {
  let byName;
  const index = () => {
    byName = /* @__PURE__ */ new Map();
    for (const resource of root.resources)
      for (const config of configObjectsOf(resource.object, resource.generatedWithSuffix)) {
        const key = `${config.kind}/${config.name}`;
        const list = byName.get(key);
        if (list) list.push({ config, resource });
        else byName.set(key, [{ config, resource }]);
      }
    return byName;
  };
  return (kind, namespace, name) => {
    const candidates = (byName ?? index()).get(`${kind}/${name}`)?.filter(
      ({ config }) => config.namespace === namespace || config.namespace === "" || namespace === ""
    );
    return candidates?.find(({ config }) => config.namespace === namespace) ?? candidates?.[0];
  };
}
function valuesSourceOf2(found) {
  if (!found || found.config.tracking !== "git") return void 0;
  const { config } = found;
  const data = new Map([...config.values()].map(([key, bytes]) => [key, bytes.toString("utf8")]));
  return { kind: config.kind, name: config.name, data, labels: labelsOf(found) };
}
function labelsOf(found) {
  const object = found.config.definedBy;
  const kind = kindOf(object);
  if (kind === "SealedSecret")
    return asMap(getIn(object, ["spec", "template", "metadata", "labels"]));
  if (kind === "ExternalSecret")
    return asMap(getIn(object, ["spec", "target", "template", "metadata", "labels"]));
  return asMap(getIn(object, ["metadata", "labels"]));
}
function labelsPath(found) {
  const kind = kindOf(found.config.definedBy);
  if (kind === "SealedSecret") return ["spec", "template", "metadata", "labels"];
  if (kind === "ExternalSecret") return ["spec", "target", "template", "metadata", "labels"];
  return ["metadata", "labels"];
}

// src/lint/reloader-strategy.ts
var STRATEGY_VALUE_PATH = ["spec", "values", "reloader", "reloadStrategy"];
var STRATEGY_FLAG = "--reload-strategy";
var RELOADER_IMAGE = /(^|\/)stakater\/reloader([:@]|$)/;
function reloaderStrategy(input) {
  const problems = [];
  const edits = /* @__PURE__ */ new Map();
  for (const root of input.roots) {
    const findConfig2 = configFinder(root);
    const findSource = sourceFinder(root.resources, input.findSource);
    for (const resource of root.resources) {
      const source = resource.source;
      if (!source) continue;
      if (isHelmRelease(resource.object)) {
        if (chartOf(resource.object, namespaceOf2(resource.object), findSource)?.name !== "reloader")
          continue;
        const view = readHelmRelease(resource.object, {
          findSource,
          findValues: (kind, namespace, name) => valuesSourceOf2(findConfig2(kind, namespace, name))
        });
        if (view.chart?.name !== "reloader") continue;
        const strategy = getIn(view.values.values, ["reloader", "reloadStrategy"]);
        if (strategy === "annotations") continue;
        problems.push(helmFinding(input, resource.object, source, strategy, view.chart.version));
        const edit = {
          kind: "set",
          file: source.file,
          edit: { document: source.document, path: STRATEGY_VALUE_PATH, value: "annotations" }
        };
        edits.set(`${source.file}#${source.document}`, edit);
      } else problems.push(...manifestFindings(input, resource, source));
    }
  }
  return { problems: distinct(problems), edits: [...edits.values()] };
}
function helmFinding(input, release, source, strategy, version) {
  const set = strategy === void 0 ? "does not set reloader.reloadStrategy (the chart default is env-vars)" : `sets reloader.reloadStrategy to '${String(strategy)}'`;
  return findingAt(
    input,
    "reloader-reload-strategy",
    source,
    STRATEGY_VALUE_PATH,
    `HelmRelease ${qualified(namespaceOf2(release), nameOf2(release))} installs Stakater Reloader (chart reloader${version ? ` ${version}` : ""}) and ${set}: Reloader then restarts pods by patching an env var into the live pod template, which Flux does not keep; set spec.values.reloader.reloadStrategy: annotations ('gitops-reloader fix' writes it)`
  );
}
function manifestFindings(input, resource, source) {
  const shape = workloadShape(resource.object);
  if (!shape) return [];
  const containers = asList(podSpecOf(resource.object, shape)["containers"]).map(asMap);
  return containers.flatMap((container, index) => {
    const image = asString(container["image"]) ?? "";
    if (!RELOADER_IMAGE.test(image)) return [];
    const strategy = flagValue([...asList(container["command"]), ...asList(container["args"])]);
    if (strategy === "annotations") return [];
    const set = strategy === void 0 ? `without ${STRATEGY_FLAG}=annotations (the default is env-vars)` : `with ${STRATEGY_FLAG}=${strategy}`;
    return [
      findingAt(
        input,
        "reloader-reload-strategy",
        source,
        [...shape.templatePath, "spec", "containers", index, "image"],
        `${kindOf(resource.object)} ${qualified(namespaceOf2(resource.object), nameOf2(resource.object))} runs Stakater Reloader (${image}) ${set}: Reloader then restarts pods by patching an env var into the live pod template, which Flux does not keep; add '${STRATEGY_FLAG}=annotations' to the container's args`
      )
    ];
  });
}
function flagValue(words) {
  let value;
  words.forEach((word, index) => {
    if (typeof word !== "string") return;
    if (word.startsWith(`${STRATEGY_FLAG}=`)) value = word.slice(STRATEGY_FLAG.length + 1);
    else if (word === STRATEGY_FLAG) value = asString(words[index + 1]);
  });
  return value;
}

// src/lint/values-watch.ts
var WATCH_LABEL = "reconcile.fluxcd.io/watch";
function valuesWatch(input) {
  const problems = [];
  const workloadsOf = groupBy(
    input.workloads.filter((workload) => workload.source),
    (workload) => sourceKey(workload.source)
  );
  for (const root of input.roots) {
    const findConfig2 = configFinder(root);
    for (const resource of root.resources) {
      const release = resource.object;
      if (!resource.source || !isHelmRelease(release)) continue;
      const entries = asList(getIn(release, ["spec", "valuesFrom"])).map(asMap);
      entries.forEach((entry, index) => {
        const kind = entry["kind"];
        const name = asString(entry["name"]);
        if (kind !== "ConfigMap" && kind !== "Secret" || !name) return;
        const found = findConfig2(kind, namespaceOf2(release), name);
        if (!found || found.resource.generatedWithSuffix) return;
        if (String(labelsOf(found)[WATCH_LABEL]) === "Enabled") return;
        const rendered = workloadsOf.get(sourceKey(resource.source)) ?? [];
        if (coveredByHash(rendered, kind, name)) return;
        problems.push(finding(input, release, resource.source, index, found));
      });
    }
  }
  return { problems: distinct(problems), edits: [] };
}
function coveredByHash(rendered, kind, name) {
  return rendered.some(
    (workload) => ["missing", "stale", "current"].includes(workload.status) && workload.references.some(
      (reference) => reference.reader === "valuesFrom" && reference.kind === kind && reference.name === name && reference.coverage === "git-hash"
    )
  );
}
function finding(input, release, releaseSource, index, found) {
  const { config } = found;
  const interval = asString(getIn(release, ["spec", "interval"]));
  const message = `${config.kind} ${qualified(config.namespace, config.name)} feeds the values of HelmRelease ${qualified(namespaceOf2(release), nameOf2(release))} (valuesFrom) but has no label ${WATCH_LABEL}: Enabled, so a change to it upgrades the release only at its next reconcile${interval ? ` (interval ${interval})` : ""}; add the label (Flux 2.7 or later)`;
  return found.resource.source ? findingAt(input, "helm-values-not-watched", found.resource.source, labelsPath(found), message) : findingAt(
    input,
    "helm-values-not-watched",
    releaseSource,
    ["spec", "valuesFrom", index],
    message
  );
}

// src/lint/index.ts
var LINT_RULES = [
  "reloader-reload-strategy",
  "helm-values-not-watched",
  "flux-v1-object",
  "hash-restarts-nothing",
  "hash-scaled-to-zero",
  "reloader-annotation-typo"
];
var RULE_FUNCTIONS = [reloaderStrategy, valuesWatch, fluxV1Objects, noRestart, annotationTypos];
function runLintRules(input) {
  const results = RULE_FUNCTIONS.map((rule) => rule(input));
  return {
    problems: results.flatMap((result) => result.problems),
    edits: results.flatMap((result) => result.edits)
  };
}

// src/engine/coverage.ts
var NOT_COVERED = /* @__PURE__ */ new Set(["untrackable", "not-in-git"]);
function coverageMap(workloads) {
  const counts = {};
  const notCovered = [];
  for (const workload of workloads) {
    if (workload.status === "ignored") continue;
    for (const reference of workload.references) {
      counts[reference.coverage] = (counts[reference.coverage] ?? 0) + 1;
      if (!NOT_COVERED.has(reference.coverage)) continue;
      notCovered.push({
        workload: `${workload.kind} ${workload.namespace ? `${workload.namespace}/` : ""}${workload.name}`,
        root: workload.root,
        file: workload.source?.file,
        line: workload.source?.line,
        reference: `${reference.kind} ${reference.name}`,
        source: reference.source
      });
    }
  }
  return { counts, notCovered };
}

// src/engine/manifests.ts
import { posix as posix9 } from "node:path";
function readManifests(repository) {
  const files = /* @__PURE__ */ new Map();
  const documentCache = /* @__PURE__ */ new Map();
  const lines = /* @__PURE__ */ new Map();
  const chartDirectories = helmChartDirectories(repository.files);
  const unreadable2 = [];
  const yamlFiles = repository.files.filter(
    (file) => isYamlFile(file) && !isHelmChartTemplate(file, chartDirectories)
  );
  const parser = repository.startParser?.(yamlFiles.length);
  const jobs = [];
  for (const file of yamlFiles) {
    const text = repository.readFile(file);
    if (text === void 0) {
      if (!repository.problems)
        unreadable2.push(problem("file-unreadable", file, 1, "cannot read the file; it is skipped"));
      continue;
    }
    jobs.push({ file, text });
  }
  const parsedInParallel = parser?.parse(jobs);
  jobs.forEach(({ file, text }, index) => {
    const parsed = parsedInParallel?.[index] ?? parseYamlFile(file, text);
    files.set(file, parsed);
    const byIndex = [];
    const linesByIndex = [];
    for (const document of parsed.documents) {
      byIndex[document.index] = document.value;
      linesByIndex[document.index] = document.line;
    }
    documentCache.set(file, byIndex);
    lines.set(file, linesByIndex);
  });
  return {
    files,
    documentCache,
    problems: [...unreadable2, ...[...files.values()].flatMap((parsed) => parsed.problems)],
    lineOf: (file, document) => lines.get(file)?.[document] ?? 1
  };
}
function isYamlFile(file) {
  return file.endsWith(".yaml") || file.endsWith(".yml") || posix9.basename(file) === "Kustomization";
}
function helmChartDirectories(files) {
  return new Set(
    files.filter((file) => posix9.basename(file) === "Chart.yaml").map((file) => posix9.dirname(file))
  );
}
function isHelmChartTemplate(file, chartDirectories) {
  const parts = file.split("/");
  return parts.some(
    (part, index) => part === "templates" && chartDirectories.has(parts.slice(0, index).join("/") || ".")
  );
}

// src/engine/placement.ts
import { posix as posix10 } from "node:path";
var OVERLAY_PATCH_FILE = "config-hash.patch.yaml";
function placeHashes(workloads, context) {
  const placement = { edits: [], conflicts: [] };
  for (const sharing of groupBySource(workloads).values()) {
    const hashes = new Set(sharing.map((workload) => workload.desiredHash));
    if (sharing.every((workload) => workload.status === "current")) continue;
    if (hashes.size === 1) placement.edits.push(...setInSourceAndPatches(sharing, context));
    else placeInOverlays(sharing, context, placement);
  }
  return placement;
}
function groupBySource(workloads) {
  return groupBy(
    workloads.filter(isPlaceable),
    // One HelmRelease renders several controllers, each with its own annotations.
    (workload) => `${workload.source.file}#${workload.source.document}#${workload.shape.annotationsPath.join(".")}`
  );
}
function isPlaceable(workload) {
  const writable = workload.status === "missing" || workload.status === "stale" || workload.status === "current";
  return writable && workload.source !== void 0 && workload.desiredHash !== void 0;
}
function setInSourceAndPatches(sharing, context) {
  const first = sharing[0];
  const target = context.sourceObject(first.source.file, first.source.document);
  const patches = /* @__PURE__ */ new Map();
  for (const workload of sharing) {
    const directory = context.overlayDirectoryOf(workload.root);
    const patch = target && directory && existingPatchEdit(workload, target, directory, context);
    if (patch)
      patches.set(`${patch.file}#${patch.kind === "set" ? patch.edit.document : ""}`, patch);
  }
  return [...setInSource(first), ...patches.values()];
}
function setInSource(workload) {
  const document = workload.source.document;
  const file = workload.source.file;
  const hash = {
    kind: "set",
    file,
    edit: {
      document,
      path: annotationPath(workload.shape),
      before: INSERT_BEFORE,
      value: workload.desiredHash
    }
  };
  const companions = Object.entries(workload.shape.companions ?? {}).map(
    ([key, value]) => ({
      kind: "set",
      file,
      edit: { document, path: [...workload.shape.annotationsPath, key], value }
    })
  );
  return [...companions, hash];
}
function placeInOverlays(sharing, context, placement) {
  const pending = sharing.filter((workload) => workload.status !== "current");
  const unplaceable = pending.filter(
    (workload) => !context.overlayDirectoryOf(workload.root) || sharesOverlay(workload, sharing, context)
  );
  if (unplaceable.length > 0) {
    placement.conflicts.push(conflict(sharing, unplaceable));
    return;
  }
  const target = context.sourceObject(sharing[0].source.file, sharing[0].source.document);
  if (!target) return;
  for (const workload of pending) {
    placement.edits.push(
      ...overlayEdits(workload, target, context.overlayDirectoryOf(workload.root), context)
    );
  }
}
function sharesOverlay(workload, sharing, context) {
  const directory = context.overlayDirectoryOf(workload.root);
  return sharing.some(
    (other) => other.desiredHash !== workload.desiredHash && context.overlayDirectoryOf(other.root) === directory
  );
}
function overlayEdits(workload, target, directory, context) {
  const file = posix10.join(directory, OVERLAY_PATCH_FILE);
  const kustomization = context.kustomizationFileOf(directory);
  const register = kustomization ? [
    {
      kind: "append-item",
      file: kustomization,
      edit: { document: 0, path: ["patches"], item: { path: OVERLAY_PATCH_FILE } }
    }
  ] : [];
  const existing = existingPatchEdit(workload, target, directory, context);
  return [
    ...register,
    existing ?? { kind: "append-document", file, text: renderPatch(target, workload) }
  ];
}
function existingPatchEdit(workload, target, directory, context) {
  const file = posix10.join(directory, OVERLAY_PATCH_FILE);
  const document = context.documentsOf(file)?.findIndex((candidate) => targetsSame(candidate, target)) ?? -1;
  if (document < 0) return void 0;
  const edit = { document, path: annotationPath(workload.shape), value: workload.desiredHash };
  return { kind: "set", file, edit };
}
function targetsSame(document, target) {
  return isObject(document) && kindOf(document) === kindOf(target) && nameOf2(document) === nameOf2(target) && namespaceOf2(document) === namespaceOf2(target);
}
function renderPatch(target, workload) {
  const metadata = [
    `  name: ${nameOf2(target)}`,
    ...namespaceOf2(target) ? [`  namespace: ${namespaceOf2(target)}`] : []
  ];
  const nested = workload.shape.annotationsPath;
  const lines = nested.map((key, depth) => `${"  ".repeat(depth)}${key}:`);
  return [
    `apiVersion: ${asString(target["apiVersion"]) ?? ""}`,
    `kind: ${kindOf(target)}`,
    "metadata:",
    ...metadata,
    ...lines,
    ...Object.entries(workload.shape.companions ?? {}).map(
      ([key, value]) => `${"  ".repeat(nested.length)}${key}: ${JSON.stringify(value)}`
    ),
    `${"  ".repeat(nested.length)}${workload.shape.hashKey}: ${workload.desiredHash}`,
    ""
  ].join("\n");
}
function conflict(sharing, unplaceable) {
  const first = sharing[0];
  const perRoot = sharing.map((workload) => `${workload.root}: ${workload.desiredHash}`).join(", ");
  const roots = unplaceable.map((workload) => workload.root).join(", ");
  return problem(
    "config-hash-conflict",
    first.source.file,
    first.source.line,
    `${first.kind} ${qualifiedName(first)} is shared by roots that give it different config (${perRoot}); ${roots} has no kustomization file of its own (or shares it with another root) to hold a patch, so no place can hold its hash`
  );
}

// src/engine/roots.ts
import { posix as posix11 } from "node:path";
function discoverRoots(repository, manifests, options = {}) {
  const fileSystem = repositoryFileSystem(repository);
  const flux = findFluxRoots(fileSystem, manifests.documentCache, manifests.lineOf, {
    sources: options.sources ?? []
  });
  if (flux.kustomizations === 0) {
    return {
      ...kustomizeRoots(repository, fileSystem, manifests),
      discovery: {
        from: "kustomize",
        summary: "No Flux Kustomization in this repository: the roots are the kustomization directories no other kustomization includes, and the YAML files none of them reaches."
      }
    };
  }
  const unresolved = flux.unresolved.map(
    (found) => problem("flux-unresolved", found.path, found.line ?? 1, found.message)
  );
  return {
    roots: flux.roots.map((root) => fluxRoot(root, manifests)),
    unresolved: [...unresolved, ...inferredNotes(flux)],
    discovery: {
      from: "flux",
      summary: `${flux.kustomizations} Flux Kustomization${flux.kustomizations === 1 ? "" : "s"}: ${flux.roots.length} built as root${flux.roots.length === 1 ? "" : "s"}, ${unresolved.length} unresolved${unresolved.length > 0 ? " (the flux-unresolved findings say why)" : ""}.`
    }
  };
}
function inferredNotes(flux) {
  return flux.inferred.map((found) => {
    const source = `${found.kind}/${found.namespace}/${found.name}`;
    return problem(
      "flux-source-inferred",
      found.file,
      found.line,
      `${found.kind} ${found.namespace}/${found.name} is taken to be built from the folder ${found.path} of this repository: this workflow runs 'flux push artifact --path=${found.pushedPath}' ${found.matchedBy === "url" ? `to its URL (${found.pushedTo ?? ""})` : `to a URL not known here, the only folder the workflows push, and ${found.namespace}/${found.name} is the cluster's bootstrap source`}; if that is wrong, map it: --source ${source}=<folder>`
    );
  });
}
function fluxRoot(root, manifests) {
  const { kustomization } = root;
  return {
    id: root.id,
    kind: "flux",
    declaredAt: `${kustomization.file}:${kustomization.line}`,
    path: kustomization.path,
    interval: kustomization.interval,
    overlayDirectory: kustomizationFileOf(kustomization.path, manifests) ? kustomization.path : void 0,
    resources: root.resources.map((resource) => toBuiltResource(resource, manifests)),
    problems: root.problems.map((found) => buildProblem(found))
  };
}
function buildProblem(found, context = "") {
  const rule = found.code === "cycle" ? "kustomization-cycle" : "build-problem";
  return problem(rule, found.path, found.line ?? 1, context + found.message);
}
function kustomizeRoots(repository, fileSystem, manifests) {
  const kustomizationDirectories = findKustomizationDirectories(repository);
  const includes = includeGraph(kustomizationDirectories, manifests);
  const included = new Set([...includes.values()].flat());
  const tops = kustomizationDirectories.filter(
    (directory) => !included.has(directory) && !isComponent(directory, manifests)
  );
  const roots = tops.map((directory) => buildKustomizationRoot(directory, fileSystem, manifests));
  const reached = new Set(roots.flatMap((root) => root.resources.flatMap((r) => r.source?.file ?? [])));
  const kustomizationSet = new Set(kustomizationDirectories);
  const plain = plainFilesRoot(
    manifests,
    (file) => reached.has(file) || kustomizationSet.has(posix11.dirname(file))
  );
  return {
    roots: plain.resources.length > 0 ? [...roots, plain] : roots,
    unresolved: cyclesNoRootReaches(includes, tops, manifests)
  };
}
function buildKustomizationRoot(directory, fileSystem, manifests) {
  const result = build(directory || ".", fileSystem, { documentCache: manifests.documentCache });
  return {
    id: directory || ".",
    kind: "kustomization",
    declaredAt: kustomizationFileOf(directory || ".", manifests) ?? directory,
    path: directory || ".",
    interval: void 0,
    overlayDirectory: directory || ".",
    resources: result.resources.map((resource) => toBuiltResource(resource, manifests)),
    problems: result.problems.map((found) => buildProblem(found, `building ${directory || "."}: `))
  };
}
function toBuiltResource(resource, manifests) {
  const origin = resource.origin;
  if (origin.kind === "file") {
    const source = { file: normalizePath(origin.path), document: origin.document };
    return fileResource(resource.object, source, manifests);
  }
  return {
    object: resource.object,
    source: void 0,
    sourceName: () => origin.name,
    generatedWithSuffix: origin.nameSuffixHash,
    inputs: origin.sources.map(normalizePath)
  };
}
function fileResource(object, source, manifests) {
  return {
    object,
    source,
    sourceName: (built) => {
      const written = manifests.documentCache.get(source.file)?.[source.document];
      const original = isObject(written) ? configObjectsOf(written, false) : [];
      return original.find((candidate) => candidate.kind === built.kind)?.name ?? built.name;
    },
    generatedWithSuffix: false,
    inputs: [source.file]
  };
}
function plainFilesRoot(manifests, excluded) {
  const resources = [];
  for (const [file, parsed] of manifests.files) {
    if (excluded(file) || isKustomizationFile(file)) continue;
    for (const document of parsed.documents) {
      if (!isObject(document.value)) continue;
      resources.push(fileResource(document.value, { file, document: document.index }, manifests));
    }
  }
  return {
    id: "(plain files)",
    kind: "files",
    declaredAt: "YAML files no kustomization reaches",
    path: void 0,
    interval: void 0,
    overlayDirectory: void 0,
    resources,
    problems: []
  };
}
function findKustomizationDirectories(repository) {
  return repository.files.filter(isKustomizationFile).map((file) => posix11.dirname(file));
}
function isKustomizationFile(file) {
  return kustomizationFileNames.includes(posix11.basename(file));
}
function kustomizationFileOf(directory, manifests) {
  return kustomizationFilesIn(directory, (file) => manifests.files.has(file))[0];
}
function kustomizationOf(directory, manifests) {
  const file = kustomizationFileOf(directory, manifests);
  const value = file && manifests.documentCache.get(file)?.[0];
  return isObject(value) ? value : void 0;
}
function isComponent(directory, manifests) {
  return kustomizationOf(directory, manifests)?.["kind"] === "Component";
}
function includeGraph(directories, manifests) {
  const known = new Set(directories);
  return new Map(
    directories.map((directory) => {
      const object = kustomizationOf(directory, manifests) ?? {};
      const listed2 = referencedPaths({ path: directory, directory, object }).map(normalizePath);
      return [directory, listed2.filter((path) => known.has(path))];
    })
  );
}
function cyclesNoRootReaches(includes, tops, manifests) {
  const visited = /* @__PURE__ */ new Set();
  const visit3 = (directory) => {
    if (visited.has(directory)) return;
    visited.add(directory);
    for (const next of includes.get(directory) ?? []) visit3(next);
  };
  tops.forEach(visit3);
  const problems = /* @__PURE__ */ new Map();
  for (const start of includes.keys()) {
    if (visited.has(start)) continue;
    const cycle = cycleFrom(start, includes);
    visit3(start);
    if (!cycle) continue;
    const file = kustomizationFileOf(cycle[0] ?? start, manifests) ?? start;
    const path = cycle.join(" -> ");
    problems.set(
      [...cycle].sort().join("|"),
      problem(
        "kustomization-cycle",
        file,
        1,
        `kustomizations include each other in a cycle: ${path}; nothing in them is built (kubectl kustomize refuses them too)`
      )
    );
  }
  return [...problems.values()];
}
function cycleFrom(start, includes) {
  const path = [];
  const done = /* @__PURE__ */ new Set();
  const walk2 = (directory) => {
    const open = path.indexOf(directory);
    if (open >= 0) return [...path.slice(open), directory];
    if (done.has(directory)) return void 0;
    path.push(directory);
    for (const next of includes.get(directory) ?? []) {
      const found = walk2(next);
      if (found) return found;
    }
    path.pop();
    done.add(directory);
    return void 0;
  };
  return walk2(start);
}
function repositoryFileSystem(repository) {
  const children = /* @__PURE__ */ new Map();
  for (const file of repository.files) {
    let path = file;
    while (path !== ".") {
      const parent = posix11.dirname(path);
      const entries = children.get(parent) ?? /* @__PURE__ */ new Set();
      entries.add(posix11.basename(path));
      children.set(parent, entries);
      if (parent === "." || parent === "") break;
      path = parent;
    }
  }
  const listings = /* @__PURE__ */ new Map();
  const listing = (directory) => cached(listings, directory, () => Object.freeze([...children.get(directory) ?? []].sort()));
  return {
    readFile: (path) => repository.readFile(normalizePath(path)),
    isDirectory: (path) => children.has(normalizePath(path)),
    readDirectory: (path) => listing(normalizePath(path))
  };
}

// src/engine/run.ts
function check(repository, options = {}) {
  return analyzeRepository(repository, options).report;
}
function inspect(repository, options = {}) {
  const { report, roots } = analyzeRepository(repository, options);
  return { report, roots };
}
function fix(repository, options = {}, sink) {
  const { report, placement, roots } = analyzeRepository(repository, options);
  const changes = [];
  const problems = [];
  const refused = /* @__PURE__ */ new Set();
  const editsByFile = groupBy(placement.edits, (edit) => edit.file);
  sink?.expect(editsByFile.size);
  for (const [file, edits] of editsByFile) {
    const before = repository.readFile(file);
    const outcome = applyEdits(file, before, edits);
    if (!outcome.ok) {
      refused.add(file);
      problems.push({
        ...problem("write-refused", file, outcome.line, outcome.message),
        column: outcome.column
      });
    } else if (outcome.text !== before) {
      const change = { file, before, after: outcome.text };
      changes.push(change);
      sink?.add(change);
    }
  }
  const repaired = repairedWorkloads(report, placement, roots, refused);
  const changed = new Set(changes.map((change) => change.file));
  const repairedFindings = new Set(
    repaired.flatMap(
      (workload) => workloadProblems(workload).filter((p) => p.rule === "config-hash-missing" || p.rule === "config-hash-stale").map(findingKey)
    )
  );
  const remaining = report.problems.filter(
    (p) => !repairedFindings.has(findingKey(p)) && // Every HelmRelease of the reloader chart found without the strategy gets the edit.
    !(p.rule === "reloader-reload-strategy" && p.message.startsWith("HelmRelease ") && changed.has(p.file))
  );
  return { report, changes, problems, remaining, repaired };
}
var findingKey = (p) => `${p.rule}|${p.file}|${p.line}|${p.message}`;
function repairedWorkloads(report, placement, roots, refused) {
  const overlays = new Map(roots.map((root) => [root.id, root.overlayDirectory]));
  const inFolder = (file, folder) => folder !== void 0 && file.slice(0, file.lastIndexOf("/") + 1) === (folder && folder !== "." ? `${folder}/` : "");
  const placeable = report.workloads.filter(
    (w) => (w.status === "missing" || w.status === "stale" || w.status === "current") && w.source !== void 0 && w.desiredHash !== void 0
  );
  const sourceFiles = new Set(placeable.map((w) => w.source.file));
  const refusedPatches = [...refused].filter((file) => !sourceFiles.has(file));
  const sources = groupBy(
    placeable,
    (w) => `${w.source.file}#${w.source.document}#${w.shape.annotationsPath.join(".")}`
  );
  return [...sources.values()].flatMap((sharing) => {
    const { file, line } = sharing[0].source;
    const conflicting = placement.conflicts.some(
      (c) => c.rule === "config-hash-conflict" && c.file === file && c.line === line && sharing.some((w) => c.message.startsWith(`${w.kind} ${qualifiedName(w)} is shared`))
    );
    if (conflicting) return [];
    return sharing.filter(
      (w) => w.status !== "current" && !refused.has(file) && !refusedPatches.some((r) => inFolder(r, overlays.get(w.root)))
    );
  });
}
function analyzeRepository(repository, options) {
  const manifests = readManifests(repository);
  const { roots, unresolved, discovery } = discoverRoots(repository, manifests, options);
  const isCommitted = (file) => repository.isCommitted?.(file) ?? true;
  const anywhere = sourceFinder(roots.flatMap((root) => root.resources));
  const workloads = roots.flatMap(
    (root) => analyzeRoot(root, {
      lineOf: manifests.lineOf,
      isCommitted,
      findSource: anywhere,
      selection: options.selection ?? "all",
      hashKey: options.annotationKey ?? CONFIG_HASH_ANNOTATION
    })
  );
  const placement = placeHashes(workloads, placementContext(roots, manifests));
  const linted = runLintRules(lintInput(repository, manifests, roots, workloads, anywhere));
  const problems = [
    ...manifests.problems,
    ...repository.problems ?? [],
    ...unresolved,
    ...roots.flatMap((root) => root.problems),
    ...uniqueBy(
      workloads.flatMap(workloadProblems),
      (p) => `${p.rule}|${p.file}|${p.line}|${p.message}`
    ),
    ...placement.conflicts,
    ...linted.problems
  ];
  const report = {
    discovery,
    roots: roots.map(({ id, kind, declaredAt, path, interval, resources }) => ({
      id,
      kind,
      declaredAt,
      path,
      interval,
      resources: resources.length
    })),
    workloads,
    coverage: coverageMap(workloads),
    problems: sortProblems(problems),
    files: manifests.files.size
  };
  return {
    report,
    placement: { ...placement, edits: [...placement.edits, ...linted.edits] },
    roots
  };
}
var LINT_RULE_IDS = new Set(LINT_RULES);
function lint(repository, options = {}) {
  const { report } = analyzeRepository(repository, options);
  return {
    problems: report.problems.filter((found) => LINT_RULE_IDS.has(found.rule)),
    files: report.files
  };
}
function lintInput(repository, manifests, roots, workloads, findSource) {
  return {
    roots,
    workloads,
    documents: [...manifests.files].flatMap(
      ([file, parsed]) => parsed.documents.map((document) => ({ file, ...document }))
    ),
    lineOf: manifests.lineOf,
    locate: (file, document, path) => {
      const text = repository.readFile(file);
      return text === void 0 ? void 0 : locate(text, document, path);
    },
    findSource
  };
}
function placementContext(roots, manifests) {
  const overlays = new Map(roots.map((root) => [root.id, root.overlayDirectory]));
  return {
    overlayDirectoryOf: (rootId) => overlays.get(rootId),
    kustomizationFileOf: (directory) => kustomizationFileOf(directory, manifests),
    documentsOf: (file) => manifests.documentCache.get(file),
    sourceObject: (file, document) => {
      const value = manifests.documentCache.get(file)?.[document];
      return isObject(value) ? value : void 0;
    }
  };
}
function applyEdits(file, before, edits) {
  let text = before ?? "";
  const scalars = edits.flatMap((edit) => edit.kind === "set" ? [edit.edit] : []);
  const items = edits.flatMap((edit) => edit.kind === "append-item" ? [edit.edit] : []);
  const documents = edits.flatMap((edit) => edit.kind === "append-document" ? [edit.text] : []);
  for (const step of [() => setScalars(text, scalars), () => appendItems(text, items)]) {
    const outcome = step();
    if (!outcome.ok) return outcome;
    text = outcome.text;
  }
  return documents.length > 0 ? appendDocuments(file, text, documents) : { ok: true, text, changed: text !== before };
}
var PATCH_FILE_HEADER = [
  "# Written by gitops-reloader: the config hash of each workload whose base this overlay",
  "# shares with other overlays that give it different config. 'gitops-reloader fix' keeps it current.",
  ""
].join("\n");
function appendDocuments(file, text, documents) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const body = documents.join("---\n").replace(/\n/g, eol);
  const next = text.trim() === "" ? PATCH_FILE_HEADER.replace(/\n/g, eol) + body : `${text}${text.endsWith("\n") ? "" : eol}---${eol}${body}`;
  const parsed = parseYamlFile(file, next);
  const firstProblem = parsed.problems[0];
  if (firstProblem)
    return {
      ok: false,
      message: firstProblem.message,
      line: firstProblem.line,
      column: firstProblem.column ?? 1
    };
  return { ok: true, text: next, changed: true };
}
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule)
  );
}

// src/io/work-tree.ts
import { spawnSync } from "node:child_process";
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync as statSync2
} from "node:fs";
import { join as join2, relative as relative2 } from "node:path";

// src/io/atomic-write.ts
import { randomBytes } from "node:crypto";
import { renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileAtomic(path, text) {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const mode = existingMode(path);
  try {
    writeFileSync(temporary, text, { encoding: "utf8", mode, flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
    }
    throw error;
  }
}
function existingMode(path) {
  try {
    return statSync(path).mode & 511;
  } catch {
    return 420;
  }
}

// src/io/parallel-parse.ts
import { availableParallelism, loadavg } from "node:os";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
var MIN_PARALLEL_FILES = 600;
var MAX_WORKERS = 3;
function startParallelParser(yamlFiles) {
  const workerCount = Math.min(MAX_WORKERS, idleCores() - 1);
  if (workerCount < 1 || yamlFiles < MIN_PARALLEL_FILES) return void 0;
  const workers = startWorkers(workerCount);
  if (workers.length === 0) return void 0;
  return {
    parse(jobs) {
      const results = parseWithWorkers(workers, jobs);
      return jobs.map((job, index) => results[index] ?? parseYamlFile(job.file, job.text));
    }
  };
}
function idleCores() {
  const [lastMinute = 0] = loadavg();
  return Math.floor(availableParallelism() - lastMinute);
}
function parseWithWorkers(workers, jobs, mainThreadParses = true) {
  const chunkCount = Math.ceil(jobs.length / CHUNK_FILES);
  const counters = new Int32Array(new SharedArrayBuffer(8));
  for (const { port } of workers) port.postMessage({ jobs, counters });
  const results = new Array(jobs.length);
  while (mainThreadParses) {
    const chunk = Atomics.add(counters, CLAIMED, 1);
    if (chunk >= chunkCount) break;
    for (const index of chunkIndexes(chunk, jobs.length)) {
      const job = jobs[index];
      results[index] = parseYamlFile(job.file, job.text);
    }
    Atomics.add(counters, DONE, 1);
  }
  waitForChunks(counters, chunkCount);
  for (const { port } of workers) collect(port, results);
  for (const { worker, port } of workers) {
    port.close();
    void worker.terminate();
  }
  return results;
}
function startWorkers(count) {
  const started = [];
  for (let index = 0; index < count; index++) {
    try {
      const { port1, port2 } = new MessageChannel();
      const worker = newWorker({ workerData: { port: port2 }, transferList: [port2] });
      worker.unref();
      worker.on("error", () => void 0);
      started.push({ worker, port: port1 });
    } catch {
      break;
    }
  }
  return started;
}
function newWorker(options) {
  if (true)
    return new Worker(new URL("../parse-worker.js", import.meta.url), options);
  const source = JSON.stringify(new URL("./parse-worker.ts", import.meta.url).href);
  const code = `import('tsx/esm/api').then(tsx => { tsx.register(); return import(${source}) })`;
  return new Worker(code, { ...options, eval: true });
}
function chunkIndexes(chunk, total) {
  const start = chunk * CHUNK_FILES;
  const end = Math.min(total, start + CHUNK_FILES);
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}
function collect(port, results) {
  for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
    for (const { index, parsed, nullPaths } of message.message.files) {
      parsed.documents.forEach((document, position) => {
        const paths = nullPaths[position];
        if (paths && paths.length > 0) restoreTextualNulls(document.value, paths);
      });
      results[index] = parsed;
    }
  }
}

// src/io/limits.ts
import { relative, sep } from "node:path";
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function isInside(root, target) {
  const fromRoot = relative(root, target);
  return fromRoot === "" || fromRoot !== ".." && !fromRoot.startsWith(`..${sep}`) && !fromRoot.startsWith(sep);
}

// src/io/work-tree.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
function readWorkTree(directory) {
  const root = realpathSync(directory);
  const problems = [];
  const files = [];
  const linked = /* @__PURE__ */ new Set();
  walk({ root, problems, files, linked }, "", [root]);
  files.sort();
  const cache = /* @__PURE__ */ new Map();
  const committed = committedFiles(root);
  const direct = new Set(files.filter((file) => !linked.has(file)));
  return {
    root,
    files,
    problems,
    isCommitted: committed && ((path) => committed.has(path)),
    readFile(path) {
      if (!cache.has(path))
        cache.set(
          path,
          direct.has(path) ? readDirect(root, path, problems) : readText(root, path, problems)
        );
      return cache.get(path);
    },
    write: writerInside(root),
    startParser: startParallelParser
  };
}
function writeChanges(tree, changes) {
  const outcomes = writers.has(tree.write) ? writeAll(changes.map((change) => writeJob(tree, change))) : changes.map((change) => tree.write(change.file, change.after, change.before));
  return refusals(changes, outcomes);
}
function changeWriter(tree) {
  const changes = [];
  let stream;
  return {
    expect(files) {
      if (writers.has(tree.write) && files >= MIN_PARALLEL_WRITES)
        stream = startStream(WRITE_TASK, import.meta.url, files);
    },
    add(change) {
      changes.push(change);
      stream?.add(writeJob(tree, change));
    },
    finish() {
      if (!stream) return writeChanges(tree, changes);
      return refusals(changes, stream.finish().results);
    }
  };
}
function writeJob(tree, { file, after, before }) {
  return { root: tree.root, file, text: after, before };
}
function refusals(changes, outcomes) {
  return changes.flatMap((change, index) => {
    const outcome = outcomes[index];
    return outcome.ok ? [] : [problem("write-refused", change.file, 1, `not written: ${outcome.message}`)];
  });
}
var writers = /* @__PURE__ */ new WeakSet();
function writerInside(root) {
  const write = (file, text, expected) => writeInside(root, file, text, expected);
  writers.add(write);
  return write;
}
var MIN_PARALLEL_WRITES = 128;
var WRITE_TASK = "work-tree-write";
var writeAll = parallelTask(
  WRITE_TASK,
  import.meta.url,
  ({ root, file, text, before }) => writeInside(root, file, text, before),
  MIN_PARALLEL_WRITES
);
function walk(state, path, ancestors, throughLink = false) {
  const here = ancestors[ancestors.length - 1] ?? state.root;
  let entries;
  try {
    entries = readdirSync(join2(state.root, path), { withFileTypes: true });
  } catch (error) {
    state.problems.push(ioProblem(path || ".", `cannot list the folder: ${reasonOf(error)}`));
    return;
  }
  for (const entry of entries) {
    if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const child = path ? `${path}/${entry.name}` : entry.name;
    if (entry.isFile()) {
      state.files.push(child);
      if (throughLink) state.linked.add(child);
    } else if (entry.isDirectory())
      walk(state, child, [...ancestors, join2(here, entry.name)], throughLink);
    else if (entry.isSymbolicLink()) followLink(state, child, ancestors);
  }
}
function followLink(state, path, ancestors) {
  const target = realPathInside(state.root, path);
  if (target === void 0) return;
  if (target === outside) {
    state.problems.push(
      problem(
        "outside-repository",
        path,
        1,
        "a symbolic link that resolves outside the repository; it is skipped"
      )
    );
    return;
  }
  const stats = statSync2(target);
  if (stats.isFile()) {
    state.files.push(path);
    state.linked.add(path);
  } else if (stats.isDirectory() && !ancestors.includes(target))
    walk(state, path, [...ancestors, target], true);
}
var outside = /* @__PURE__ */ Symbol("outside the repository");
function realPathInside(root, path) {
  let target;
  try {
    target = realpathSync.native(join2(root, path));
  } catch {
    return void 0;
  }
  return isInside(root, target) ? target : outside;
}
function readText(root, path, problems) {
  const target = realPathInside(root, path);
  if (target === outside) {
    problems.push(
      problem("outside-repository", path, 1, "resolves outside the repository; it is not read")
    );
    return void 0;
  }
  try {
    if (target === void 0 || statSync2(target).size > MAX_FILE_BYTES) {
      if (target) problems.push(ioProblem(path, "larger than 16 MB; it is skipped"));
      return void 0;
    }
    return decodeStrictly(path, readFileSync(target), problems);
  } catch (error) {
    problems.push(ioProblem(path, `cannot read the file: ${reasonOf(error)}`));
    return void 0;
  }
}
function readDirect(root, path, problems) {
  let descriptor;
  try {
    descriptor = openSync(`${root}/${path}`, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW);
  } catch {
    return readText(root, path, problems);
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return readText(root, path, problems);
    if (stats.size > MAX_FILE_BYTES) {
      problems.push(ioProblem(path, "larger than 16 MB; it is skipped"));
      return void 0;
    }
    return decodeStrictly(path, readFileSync(descriptor), problems);
  } catch (error) {
    problems.push(ioProblem(path, `cannot read the file: ${reasonOf(error)}`));
    return void 0;
  } finally {
    closeSync(descriptor);
  }
}
function decodeStrictly(path, bytes, problems) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    problems.push(ioProblem(path, "is not valid UTF-8; it is skipped and never rewritten", line));
    return void 0;
  }
}
function lineOfFirstInvalidByte(bytes) {
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const before = lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD")));
  return before.split("\n").length;
}
function writeInside(root, file, text, expected) {
  const path = join2(root, file);
  const target = expected === void 0 ? newFileTarget(root, path) : realPathInside(root, file);
  if (target === outside) return { ok: false, message: "the file resolves outside the repository" };
  if (target === void 0) return { ok: false, message: "the file no longer exists" };
  if (!holds(target, expected))
    return { ok: false, message: "the file changed since it was read; run again" };
  try {
    writeFileAtomic(target, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `cannot write the file: ${reasonOf(error)}` };
  }
}
function newFileTarget(root, path) {
  const folder = realPathInside(root, relative2(root, join2(path, "..")));
  if (folder === void 0 || folder === outside) return folder;
  return join2(folder, relative2(join2(path, ".."), path));
}
function holds(path, expected) {
  if (expected === void 0) return !isPresent(path);
  try {
    return strictUtf8.decode(readFileSync(path)) === expected;
  } catch {
    return false;
  }
}
function isPresent(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
function committedFiles(root) {
  const listed2 = spawnSync("git", ["ls-files", "-z", "--cached"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024
  });
  if (listed2.status !== 0 || listed2.error) return void 0;
  return new Set(listed2.stdout.split("\0").filter(Boolean));
}
function ioProblem(path, message, line = 1) {
  return problem("file-unreadable", path, line, message);
}
function reasonOf(error) {
  const code = error.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "it no longer exists";
  return code ?? String(error);
}

// src/io/confined-file-system.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { readdirSync as readdirSync2, readFileSync as readFileSync2, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname2, relative as relative3, resolve } from "node:path";
function repositoryRootOf(directory) {
  const toplevel = spawnSync2("git", ["rev-parse", "--show-toplevel"], {
    cwd: directory,
    encoding: "utf8"
  });
  const root = toplevel.status === 0 ? toplevel.stdout.trim() : directory;
  return realpathSync2(root);
}
function confinedFileSystem(root) {
  const refused = /* @__PURE__ */ new Set();
  const inside = (path) => {
    const real = realPathOf(path);
    if (real === void 0) return void 0;
    if (isInside(root, real)) return real;
    refused.add(path);
    return void 0;
  };
  return {
    root,
    refused,
    readFile(path) {
      const real = inside(path);
      try {
        if (real === void 0 || statSync3(real).size > MAX_FILE_BYTES) return void 0;
        return strictUtf8.decode(readFileSync2(real));
      } catch {
        return void 0;
      }
    },
    isDirectory(path) {
      const real = inside(path);
      try {
        return real !== void 0 && statSync3(real).isDirectory();
      } catch {
        return false;
      }
    },
    readDirectory(path) {
      const real = inside(path);
      try {
        return real === void 0 ? [] : readdirSync2(real);
      } catch {
        return [];
      }
    }
  };
}
function realPathOf(path) {
  try {
    return realpathSync2(path);
  } catch {
    try {
      return resolve(realpathSync2(dirname2(path)), relative3(dirname2(path), path));
    } catch {
      return void 0;
    }
  }
}

// src/io/git-revision.ts
import { spawnSync as spawnSync3 } from "node:child_process";
var RevisionError = class extends Error {
};
var YAML_FILE = /(?:\.ya?ml|(?:^|\/)Kustomization)$/;
var BATCHED_OTHER_BYTES = 256 * 1024;
var SKIPPED_SEGMENT = /(?:^|\/)node_modules(?:\/|$)/;
function readRevision(directory, rev) {
  const prefix = prefixOf(directory);
  const sha = resolveCommit(directory, rev);
  const problems = [];
  const entries = /* @__PURE__ */ new Map();
  for (const entry of listTree(directory, sha, prefix)) {
    const path = entry.path.slice(prefix.length);
    if (SKIPPED_SEGMENT.test(path)) continue;
    if (entry.mode === "120000")
      problems.push(unreadable(path, "a symbolic link; plan does not follow links at a revision"));
    else if (entry.mode === "160000")
      problems.push(unreadable(path, "a submodule; plan does not read submodules"));
    else if (entry.type !== "blob") continue;
    else if (entry.size > MAX_FILE_BYTES)
      problems.push(unreadable(path, "larger than 16 MB; it is skipped"));
    else entries.set(path, { path, oid: entry.oid, size: entry.size });
  }
  const texts = /* @__PURE__ */ new Map();
  const batched = [...entries.values()].filter(
    (entry) => YAML_FILE.test(entry.path) || entry.size <= BATCHED_OTHER_BYTES
  );
  const blobs = readBlobs(directory, batched);
  const bytesOf = (entry) => blobs.get(entry.oid) ?? readBlob(directory, entry.oid);
  const repository = {
    sha,
    files: [...entries.keys()].sort(),
    problems,
    isCommitted: (path) => entries.has(path),
    readFile(path) {
      if (!texts.has(path)) {
        const entry = entries.get(path);
        texts.set(path, entry && decode(path, bytesOf(entry), problems));
      }
      return texts.get(path);
    },
    startParser: startParallelParser
  };
  return { repository, sha };
}
function describeLanding(directory, base2, head) {
  const baseSha = resolveCommit(directory, base2);
  const headSha = resolveCommit(directory, head);
  const parents = git(directory, ["rev-list", "--parents", "-n", "1", headSha]).trim().split(" ").slice(1);
  if (parents.length > 1 && parents[0] === baseSha)
    return { kind: "merge-commit", base: baseSha, head: headSha, commit: headSha };
  const between = git(directory, ["rev-list", "--parents", `${baseSha}..${headSha}`]).split("\n").filter(Boolean);
  if (between.length === 1 && parents.length === 1 && parents[0] === baseSha)
    return { kind: "single-commit", base: baseSha, head: headSha, commit: headSha };
  const merges = between.filter((line) => line.split(" ").length > 2).length;
  return { kind: "range", base: baseSha, head: headSha, commits: between.length, merges };
}
function prefixOf(directory) {
  const result = run(directory, ["rev-parse", "--show-prefix"]);
  if (result.status !== 0)
    throw new RevisionError(
      `'${directory}' is not inside a Git work tree; plan reads revisions from Git`
    );
  return result.stdout.toString("utf8").replace(/\n$/, "");
}
function resolveCommit(directory, rev) {
  const result = rev.startsWith("-") ? void 0 : run(directory, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  if (!result || result.status !== 0)
    throw new RevisionError(`unknown revision '${rev}': it names no commit of this repository`);
  return result.stdout.toString("utf8").trim();
}
function listTree(directory, sha, prefix) {
  const args = ["ls-tree", "-r", "-z", "-l", "--full-tree", sha];
  if (prefix) args.push("--", prefix);
  return git(directory, args).split("\0").filter(Boolean).map((line) => {
    const tab = line.indexOf("	");
    const [mode = "", type = "", oid = "", size = ""] = line.slice(0, tab).split(/ +/);
    return { mode, type, oid, size: Number(size) || 0, path: line.slice(tab + 1) };
  });
}
function readBlobs(directory, entries) {
  const blobs = /* @__PURE__ */ new Map();
  const oids = [...new Set(entries.map((entry) => entry.oid))];
  if (oids.length === 0) return blobs;
  const expected = entries.reduce((sum, entry) => sum + entry.size + 100, 0);
  const result = run(directory, ["cat-file", "--batch"], `${oids.join("\n")}
`, expected);
  if (result.status !== 0) throw new Error(`git cat-file --batch failed: ${result.stderr}`);
  const output = result.stdout;
  let at2 = 0;
  while (at2 < output.length) {
    const newline = output.indexOf(10, at2);
    const [oid = "", type, size] = output.subarray(at2, newline).toString("latin1").split(" ");
    if (type === "missing" || size === void 0) {
      at2 = newline + 1;
      continue;
    }
    const start = newline + 1;
    const end = start + Number(size);
    blobs.set(oid, output.subarray(start, end));
    at2 = end + 1;
  }
  return blobs;
}
function readBlob(directory, oid) {
  const result = run(directory, ["cat-file", "blob", oid], void 0, MAX_FILE_BYTES);
  return result.status === 0 ? result.stdout : void 0;
}
function decode(path, bytes, problems) {
  if (bytes === void 0) {
    problems.push(unreadable(path, "cannot read the file from Git"));
    return void 0;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD"))).split("\n").length;
    problems.push(unreadable(path, "is not valid UTF-8; it is skipped", line));
    return void 0;
  }
}
function unreadable(path, message, line = 1) {
  return problem("file-unreadable", path, line, message);
}
function git(directory, args) {
  const result = run(directory, args);
  if (result.status !== 0)
    throw new Error(`git ${args[0]} failed: ${result.stderr.toString("utf8").trim()}`);
  return result.stdout.toString("utf8");
}
function run(directory, args, input, expected = 0) {
  const result = spawnSync3("git", args, {
    cwd: directory,
    input,
    maxBuffer: Math.max(64 * 1024 * 1024, expected + 1024 * 1024),
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_LITERAL_PATHSPECS: "1" }
  });
  if (result.error) throw result.error;
  return result;
}

// src/plan/diff.ts
import { isDeepStrictEqual as isDeepStrictEqual5 } from "node:util";
function planChanges(base2, head, options = {}) {
  const before = snapshot(inspect(base2, options));
  const after = snapshot(inspect(head, options), { withFixedHashes: true });
  const restarts = [];
  const added = [];
  for (const [key, now] of after.workloads) {
    const was = before.workloads.get(key);
    if (!was) added.push(now.ref);
    else {
      const restart = restartOf(was, now, before, after);
      if (restart) restarts.push(restart);
    }
  }
  const removed = [...before.workloads].filter(([key]) => !after.workloads.has(key)).map(([, w]) => w.ref);
  return {
    restarts,
    upgrades: upgradesOf(before, after, restarts),
    added,
    removed,
    problems: [...problemsOf("base", before), ...problemsOf("head", after)],
    roots: after.report.roots
  };
}
function snapshot({ report, roots }, { withFixedHashes = false } = {}) {
  const copies = /* @__PURE__ */ new Map();
  const copyOf = (object) => cached(copies, object, () => deepClone(object));
  const byId = new Map(roots.map((root) => [root.id, root]));
  const workloads = /* @__PURE__ */ new Map();
  for (const unfixed of report.workloads) {
    const root = byId.get(unfixed.root);
    const built = root && builtObjectOf(root, unfixed);
    if (!root || !built) continue;
    const object = withFixedHashes && needsHash(unfixed) ? copyOf(built) : built;
    const result = withFixedHashes ? withHash(object, unfixed) : unfixed;
    const ref = {
      kind: result.kind,
      namespace: result.namespace,
      name: result.name,
      root: result.root,
      cluster: clusterOf(root),
      file: result.source?.file,
      line: result.source?.line
    };
    workloads.set(`${result.root}|${result.kind}|${result.namespace}|${result.name}`, {
      ref,
      result,
      object,
      root
    });
  }
  if (copies.size > 0) {
    for (const [id, root] of byId) byId.set(id, withCopies(root, copies));
    for (const workload of workloads.values()) workload.root = byId.get(workload.ref.root);
  }
  return { report, roots: byId, workloads };
}
function withCopies(root, copies) {
  return {
    ...root,
    resources: root.resources.map((resource) => {
      const copy = copies.get(resource.object);
      return copy ? { ...resource, object: copy } : resource;
    })
  };
}
function needsHash(result) {
  return (result.status === "missing" || result.status === "stale") && !!result.desiredHash;
}
function withHash(object, result) {
  if (!needsHash(result)) return result;
  const path = result.shape.annotationsPath;
  const annotations = getIn2(object, path);
  const map = isObject(annotations) ? annotations : { ...result.shape.companions };
  if (!isObject(annotations)) setIn(object, path, map);
  map[result.shape.hashKey] = result.desiredHash;
  return { ...result, currentHash: result.desiredHash, status: "current" };
}
function setIn(object, path, value) {
  let current = object;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(current, key) ? current[key] : void 0;
    if (!isObject(next)) defineOwn(current, key, {});
    current = current[key];
  }
  defineOwn(current, path[path.length - 1] ?? "", value);
}
function defineOwn(object, key, value) {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  });
}
function builtObjectOf(root, result) {
  return root.resources.find(
    (resource) => resource.source?.file === result.source?.file && resource.source?.document === result.source?.document && (result.shape.templatePath.length === 0 || nameOf3(resource.object) === result.name)
  )?.object;
}
function clusterOf(root) {
  const segments = root.declaredAt.split(":")[0]?.split("/") ?? [];
  const index = segments.indexOf("clusters");
  return index >= 0 && index + 2 < segments.length ? segments[index + 1] ?? "" : "";
}
function restartOf(was, now, before, after) {
  const chart = now.result.shape.templatePath.length === 0;
  const reasons = chart ? chartReasons(was, now, before, after) : templateReasons(was, now, before, after);
  if (reasons.length === 0) return void 0;
  const { strategy, warnings } = rollout(now);
  const release = chart ? `${namespaceOf3(now.object) || now.result.namespace}/${nameOf3(now.object)}` : void 0;
  return { ...now.ref, reasons, strategy, warnings, ...release ? { release } : {} };
}
function templateReasons(was, now, before, after) {
  const path = now.result.shape.templatePath;
  const old = asMap2(getIn2(was.object, path));
  const current = asMap2(getIn2(now.object, path));
  if (isDeepStrictEqual5(old, current)) return [];
  const reasons = [];
  const hashPath = ["metadata", "annotations", now.result.shape.hashKey];
  if (getIn2(old, hashPath) !== getIn2(current, hashPath))
    reasons.push(...configReasons(was, now, before, after));
  reasons.push(...containerReasons(old, current));
  const covered = [hashPath, ...containerPaths(old), ...containerPaths(current)];
  const other = changedPaths(old, current, [], covered).map((p) => [...path, ...p].join("."));
  if (other.length > 0) reasons.push({ type: "pod-template", paths: other.slice(0, 10) });
  return reasons;
}
var CONTAINER_LISTS2 = ["initContainers", "containers"];
function containersOf(template) {
  const spec = asMap2(template.spec);
  return new Map(
    CONTAINER_LISTS2.flatMap(
      (list) => (Array.isArray(spec[list]) ? spec[list] : []).filter(isObject).map((c) => [String(c.name), c])
    )
  );
}
function containerPaths(template) {
  const spec = asMap2(template.spec);
  return CONTAINER_LISTS2.flatMap(
    (list) => (Array.isArray(spec[list]) ? spec[list] : []).flatMap(
      (_, index) => ["image", "env", "resources"].map((field) => ["spec", list, String(index), field])
    )
  );
}
function containerReasons(old, current) {
  const before = containersOf(old);
  const reasons = [];
  for (const [name, container] of containersOf(current)) {
    const was = before.get(name);
    if (!was) continue;
    if (was.image !== container.image)
      reasons.push({
        type: "image",
        container: name,
        from: stringOf(was.image),
        to: stringOf(container.image)
      });
    const env = changedEnv(was.env, container.env);
    if (env.length > 0) reasons.push({ type: "env", container: name, names: env });
    if (!isDeepStrictEqual5(was.resources, container.resources))
      reasons.push({ type: "resources", container: name });
  }
  return reasons;
}
function changedEnv(old, current) {
  const byName = (list) => new Map(
    (Array.isArray(list) ? list : []).filter(isObject).map((entry) => [String(entry.name), entry])
  );
  const [was, now] = [byName(old), byName(current)];
  return [.../* @__PURE__ */ new Set([...was.keys(), ...now.keys()])].filter(
    (name) => !isDeepStrictEqual5(was.get(name), now.get(name))
  );
}
var SHARED_VALUES = ["defaultPodOptions", "defaultPodOptionsStrategy", "persistence", "global"];
function chartReasons(was, now, before, after) {
  const reasons = [];
  if (was.result.desiredHash !== now.result.desiredHash || was.result.currentHash !== now.result.currentHash)
    reasons.push(...configReasons(was, now, before, after));
  const [oldChart, newChart] = [was.result.chart, now.result.chart];
  if (oldChart?.version !== newChart?.version)
    reasons.push({
      type: "chart",
      name: newChart?.name ?? "",
      from: oldChart?.version,
      to: newChart?.version
    });
  const annotations = now.result.shape.annotationsPath;
  const scopes = annotations[2] === "controllers" ? [
    ["spec", "values", "controllers", annotations[3] ?? ""],
    ...SHARED_VALUES.map((key) => ["spec", "values", key])
  ] : [["spec", "values"]];
  const hash = [...annotations, now.result.shape.hashKey];
  const paths = scopes.flatMap((scope) => {
    const inScope = scope.every((key, index) => hash[index] === key);
    return changedPaths(
      asMap2(getIn2(was.object, scope)),
      asMap2(getIn2(now.object, scope)),
      [],
      inScope ? [hash.slice(scope.length)] : []
    ).map((p) => [...scope.slice(2), ...p].join("."));
  });
  if (paths.length > 0) reasons.push({ type: "values", paths: paths.slice(0, 10) });
  return reasons;
}
function configReasons(was, now, before, after) {
  const reasons = [];
  const seen = /* @__PURE__ */ new Set();
  for (const reference of now.result.references) {
    if (reference.coverage !== "git-hash") continue;
    const id = `${reference.kind}/${reference.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const old = findConfig(
      before.roots.get(was.ref.root),
      reference.kind,
      reference.name,
      was.ref.namespace
    );
    const current = findConfig(
      after.roots.get(now.ref.root),
      reference.kind,
      reference.name,
      now.ref.namespace
    );
    const keys = changedKeys(
      old,
      current,
      readKeys(now.result.references, reference.kind, reference.name)
    );
    if (keys.length > 0)
      reasons.push({ type: "config", kind: reference.kind, name: reference.name, keys });
  }
  return reasons;
}
function readKeys(references, kind, name) {
  const keys = /* @__PURE__ */ new Set();
  for (const reference of references) {
    if (reference.kind !== kind || reference.name !== name) continue;
    if (reference.keys === "all") return "all";
    reference.keys.forEach((key) => keys.add(key));
  }
  return [...keys];
}
function findConfig(root, kind, name, namespace) {
  for (const resource of root?.resources ?? []) {
    const found = configObjectsOf(resource.object, resource.generatedWithSuffix).find(
      (object) => object.kind === kind && object.name === name && (object.namespace === namespace || object.namespace === "" || namespace === "")
    );
    if (found) return found;
  }
  return void 0;
}
function changedKeys(old, current, keys) {
  const [was, now] = [
    old?.values() ?? /* @__PURE__ */ new Map(),
    current?.values() ?? /* @__PURE__ */ new Map()
  ];
  const candidates = keys === "all" ? [.../* @__PURE__ */ new Set([...was.keys(), ...now.keys()])] : keys;
  return candidates.filter((key) => {
    const [a, b] = [was.get(key), now.get(key)];
    return a === void 0 || b === void 0 ? a !== b : !a.equals(b);
  }).sort();
}
function upgradesOf(before, after, restarts) {
  const upgrades = [];
  for (const [rootId, root] of after.roots) {
    const oldRoot = before.roots.get(rootId);
    if (!oldRoot) continue;
    for (const resource of root.resources.filter((r) => isHelmRelease2(r.object))) {
      const old = oldRoot.resources.find(
        (r) => isHelmRelease2(r.object) && sameObject(r.object, resource.object)
      );
      if (!old) continue;
      const reasons = releaseReasons(old, resource, oldRoot, root);
      if (reasons.length === 0) continue;
      const id = `${namespaceOf3(resource.object)}/${nameOf3(resource.object)}`;
      upgrades.push({
        kind: "HelmRelease",
        namespace: namespaceOf3(resource.object),
        name: nameOf3(resource.object),
        root: rootId,
        cluster: clusterOf(root),
        file: resource.source?.file,
        line: resource.source?.file ? lineOf(after, resource) : void 0,
        reasons,
        restarts: restarts.filter((r) => r.root === rootId && r.release === id).map((r) => `${r.kind} ${r.name}`)
      });
    }
  }
  return upgrades;
}
function releaseReasons(old, current, oldRoot, root) {
  const reasons = [];
  const [was, now] = [asMap2(old.object.spec), asMap2(current.object.spec)];
  const [oldVersion, newVersion] = [chartVersion(was), chartVersion(now)];
  if (oldVersion !== newVersion)
    reasons.push({ type: "chart", name: chartName(now), from: oldVersion, to: newVersion });
  const values = changedPaths(asMap2(was.values), asMap2(now.values), [], []).map((p) => p.join("."));
  if (values.length > 0) reasons.push({ type: "values", paths: values.slice(0, 10) });
  for (const source of valuesFromOf(now)) {
    const keys = changedKeys(
      findConfig(oldRoot, source.kind, source.name, namespaceOf3(old.object)),
      findConfig(root, source.kind, source.name, namespaceOf3(current.object)),
      [source.key]
    );
    if (keys.length > 0)
      reasons.push({ type: "config", kind: source.kind, name: source.name, keys });
  }
  const rest = changedPaths(was, now, [], [["values"], ["chart"], ["chartRef"]]).map(
    (p) => `spec.${p.join(".")}`
  );
  if (reasons.length === 0 && rest.length > 0)
    reasons.push({ type: "values", paths: rest.slice(0, 10) });
  return reasons;
}
function valuesFromOf(spec) {
  return (Array.isArray(spec.valuesFrom) ? spec.valuesFrom : []).filter(isObject).flatMap((entry) => {
    if (entry.kind !== "ConfigMap" && entry.kind !== "Secret" || typeof entry.name !== "string")
      return [];
    return [
      {
        kind: entry.kind,
        name: entry.name,
        key: typeof entry.valuesKey === "string" ? entry.valuesKey : "values.yaml"
      }
    ];
  });
}
function chartVersion(spec) {
  return stringOf(getIn2(spec, ["chart", "spec", "version"]));
}
function chartName(spec) {
  return stringOf(getIn2(spec, ["chart", "spec", "chart"])) ?? stringOf(getIn2(spec, ["chartRef", "name"])) ?? "";
}
function rollout(workload) {
  const settings = rolloutSettings(workload);
  const warnings = [];
  if (workload.ref.kind === "Job")
    warnings.push("a Job is not restarted: its pod template is immutable");
  if (workload.ref.kind === "CronJob")
    warnings.push("a CronJob restarts nothing now: its next run uses the new template");
  if (settings.onDelete) warnings.push("updateStrategy OnDelete: pods change only when deleted");
  if (settings.paused) warnings.push("the Deployment is paused: nothing rolls until it is resumed");
  if (settings.replicas === 0) warnings.push("replicas: 0: no pod runs, so none restarts");
  const canary = workload.root.resources.find(
    (resource) => resource.object.kind === "Canary" && getIn2(resource.object, ["spec", "targetRef", "kind"]) === workload.ref.kind && getIn2(resource.object, ["spec", "targetRef", "name"]) === workload.ref.name
  );
  if (canary) return { strategy: { type: "canary", canary: nameOf3(canary.object) }, warnings };
  if (warnings.length > 0 && (workload.ref.kind === "Job" || workload.ref.kind === "CronJob"))
    return { strategy: { type: "none" }, warnings };
  if (workload.ref.kind === "StatefulSet")
    return { strategy: { type: "ordered", partition: settings.partition }, warnings };
  if (workload.ref.kind === "DaemonSet") return { strategy: { type: "node-by-node" }, warnings };
  return { strategy: { type: "rolling-update" }, warnings };
}
function rolloutSettings(workload) {
  const annotations = workload.result.shape.annotationsPath;
  if (workload.result.shape.templatePath.length === 0) {
    const controller = asMap2(getIn2(workload.object, annotations.slice(0, 4)));
    const strategy = controller.strategy;
    return {
      onDelete: strategy === "OnDelete",
      paused: false,
      replicas: typeof controller.replicas === "number" ? controller.replicas : void 0,
      partition: numberOf(getIn2(controller, ["rollingUpdate", "partition"]))
    };
  }
  const spec = asMap2(workload.object.spec);
  return {
    onDelete: getIn2(spec, ["updateStrategy", "type"]) === "OnDelete",
    paused: spec.paused === true,
    replicas: numberOf(spec.replicas),
    partition: numberOf(getIn2(spec, ["updateStrategy", "rollingUpdate", "partition"]))
  };
}
function changedPaths(old, current, path, ignored) {
  if (ignored.some((skip) => skip.length === path.length && skip.every((key, i) => key === path[i])))
    return [];
  if (isDeepStrictEqual5(old, current)) return [];
  if (isObject(old) && isObject(current)) {
    return [.../* @__PURE__ */ new Set([...Object.keys(old), ...Object.keys(current)])].flatMap(
      (key) => changedPaths(old[key], current[key], [...path, key], ignored)
    );
  }
  if (Array.isArray(old) && Array.isArray(current) && old.length === current.length)
    return old.flatMap(
      (item, index) => changedPaths(item, current[index], [...path, String(index)], ignored)
    );
  return [path];
}
function problemsOf(revision, snapshot2) {
  return snapshot2.report.problems.filter((p) => p.rule === "yaml-parse-error" || p.rule === "file-unreadable").map((p) => ({ revision, file: p.file, line: p.line, message: p.message }));
}
function lineOf(snapshot2, resource) {
  const source = resource.source;
  const workload = [...snapshot2.workloads.values()].find(
    (w) => w.result.source?.file === source?.file && w.result.source?.document === source?.document
  );
  return workload?.ref.line ?? 1;
}
function sameObject(a, b) {
  return a.kind === b.kind && nameOf3(a) === nameOf3(b) && namespaceOf3(a) === namespaceOf3(b);
}
function isHelmRelease2(object) {
  return object.kind === "HelmRelease" && String(object.apiVersion).startsWith("helm.toolkit.fluxcd.io/");
}
function getIn2(value, path) {
  let current = value;
  for (const key of path)
    current = isObject(current) && Object.hasOwn(current, key) ? current[key] : void 0;
  return current;
}
function asMap2(value) {
  return isObject(value) ? value : {};
}
function stringOf(value) {
  return typeof value === "string" ? value : void 0;
}
function numberOf(value) {
  return typeof value === "number" ? value : void 0;
}
function nameOf3(object) {
  return stringOf(getIn2(object, ["metadata", "name"])) ?? "";
}
function namespaceOf3(object) {
  return stringOf(getIn2(object, ["metadata", "namespace"])) ?? "";
}

// src/plan/rollback.ts
var REVERT_BUTTON = "GitHub's Revert button on the merged pull request";
var ROLLOUT_KINDS = {
  Deployment: "deployment",
  StatefulSet: "statefulset",
  DaemonSet: "daemonset"
};
function rollbackPlan(landing, restarts, upgrades, roots, changes = {}) {
  const perCluster = [
    ...reconcileCommands(restarts, upgrades, roots),
    ...upgrades.map((upgrade) => ({
      cluster: upgrade.cluster,
      purpose: `upgrade HelmRelease ${upgrade.namespace}/${upgrade.name}${inCluster(upgrade.cluster)} to the reverted values now`,
      command: `flux reconcile helmrelease ${shellWord(upgrade.name)} -n ${shellWord(upgrade.namespace)}`
    })),
    ...watchCommands(restarts)
  ];
  const clusters = [...new Set([...restarts, ...upgrades].map((w) => w.cluster).filter(Boolean)), ""];
  const grouped = clusters.flatMap(
    (cluster) => perCluster.filter((command) => command.cluster === cluster).map(({ purpose, command }) => ({ purpose, command }))
  );
  return {
    commands: unique([...revertCommands(landing), ...grouped]),
    restores: restoresOf(restarts, upgrades, changes),
    cannotRestore: cannotRestoreOf(restarts, upgrades, changes)
  };
}
function revertCommands(landing) {
  const range = `${shellWord(landing.base)}..${shellWord(landing.head)}`;
  switch (landing.kind) {
    case "merge-commit":
      return [
        {
          purpose: "revert the merge commit (config and hash together)",
          command: `git revert -m 1 ${shellWord(landing.commit)}`
        },
        { purpose: "the same revert in one click", command: REVERT_BUTTON }
      ];
    case "single-commit":
      return [
        {
          purpose: "revert the commit (config and hash together)",
          command: `git revert ${shellWord(landing.commit)}`
        },
        {
          purpose: "the same revert in one click, when it came from a pull request",
          command: REVERT_BUTTON
        }
      ];
    case "range":
      return [
        landing.merges ? {
          purpose: `revert the ${landing.commits ?? "several"} commits, merges by their first parent (config and hash together)`,
          command: `git revert --no-edit -m 1 --first-parent ${range}`
        } : {
          purpose: `revert the ${landing.commits ? `${landing.commits} ` : ""}commits, the bot's own hash commit included (config and hash together)`,
          command: `git revert --no-edit ${range}`
        },
        {
          purpose: "the same revert in one click, when they came from a pull request",
          command: REVERT_BUTTON
        }
      ];
    case "pull-request":
      return [
        {
          purpose: "after a merge commit: revert it (config and hash together)",
          command: "git revert -m 1 <merge-sha>"
        },
        {
          purpose: "after a squash merge: revert the squashed commit",
          command: "git revert <squash-sha>"
        },
        {
          purpose: "after a rebase merge: revert the rebased commits, the bot's hash commit included",
          command: `git revert --no-edit ${range}`
        },
        { purpose: "any of them in one click", command: REVERT_BUTTON }
      ];
  }
}
function reconcileCommands(restarts, upgrades, roots) {
  const clusters = new Map([...restarts, ...upgrades].map((w) => [w.root, w.cluster]));
  return roots.filter((root) => root.kind === "flux" && clusters.has(root.id)).map((root) => {
    const [namespace = "", name = ""] = splitId(root.id);
    const by = root.interval ? `applies by itself within ${root.interval}` : "applies by itself at its next interval";
    return {
      cluster: clusters.get(root.id) ?? "",
      purpose: `apply the revert to Flux Kustomization ${root.id}${inCluster(clusters.get(root.id))} now (${by})`,
      command: `flux reconcile kustomization ${shellWord(name)} -n ${shellWord(namespace)} --with-source`
    };
  });
}
function splitId(id) {
  const plain = id.replace(/[@#].*$/s, "");
  const slash = plain.indexOf("/");
  return slash < 0 ? ["flux-system", plain] : [plain.slice(0, slash), plain.slice(slash + 1)];
}
function watchCommands(restarts) {
  return restarts.flatMap((restart) => {
    const workload = `${restart.kind} ${restart.namespace}/${restart.name}${inCluster(restart.cluster)}`;
    if (restart.strategy.type === "none") return [];
    if (restart.strategy.type === "canary")
      return [
        {
          cluster: restart.cluster,
          purpose: `watch the Flagger canary analysis of ${workload}`,
          command: `kubectl -n ${shellWord(restart.namespace)} get canary/${shellWord(restart.strategy.canary)} --watch`
        }
      ];
    const kind = ROLLOUT_KINDS[restart.kind];
    if (!kind) return [];
    return [
      {
        cluster: restart.cluster,
        purpose: `watch ${workload} roll back`,
        command: `kubectl -n ${shellWord(restart.namespace)} rollout status ${kind}/${shellWord(restart.name)}`
      }
    ];
  });
}
function restoresOf(restarts, upgrades, changes) {
  const reasons = restarts.flatMap((restart) => restart.reasons);
  const has = (...types) => reasons.some((reason) => types.includes(reason.type));
  const restores = [];
  if (has("config"))
    restores.push(
      "The ConfigMaps and Secrets in Git and the config-hash annotations together: the hash goes back to its old value, so the pods that read them roll back to the old data."
    );
  if (has("image", "env", "resources", "pod-template"))
    restores.push(
      "The old pod templates (images, env, resources, other fields): the workloads roll out again with them."
    );
  if (upgrades.length > 0 || has("values", "chart"))
    restores.push(
      "The HelmRelease values and chart versions in Git: helm-controller upgrades the releases to them."
    );
  if (changes.added?.length)
    restores.push(
      "The workloads this change adds are deleted again where their Flux Kustomization prunes (prune: true)."
    );
  if (changes.removed?.length) restores.push("The workloads this change removes are created again.");
  if (restores.length === 0)
    restores.push(
      "The files in Git; the change restarts nothing in the cluster, so nothing rolls back there."
    );
  return restores;
}
function cannotRestoreOf(restarts, upgrades, changes) {
  const cannot = [
    "Values that do not live in Git (ExternalSecrets, secrets from a vault, config a controller writes): a revert restores the references and the hash, not those values."
  ];
  if (changes.removed?.length)
    cannot.push(
      "Objects Flux pruned when the change removed them: a revert creates them anew, without their old state (a PersistentVolumeClaim deleted with them keeps no data)."
    );
  if (changes.added?.length)
    cannot.push(
      "Objects the change added, where their Flux Kustomization has prune: false: they stay in the cluster after the revert."
    );
  cannot.push(
    "Immutable fields (a selector, a Job template, volumeClaimTemplates): where the change altered one, the apply failed or the object was recreated (force: true), and the revert meets the same.",
    "What Jobs and hooks did meanwhile, such as database migrations: a revert does not run them backwards."
  );
  if (upgrades.length > 0 || restarts.some((restart) => restart.release !== void 0))
    cannot.push(
      "Helm's history: helm-controller upgrades forward to the old values as a new revision (no helm rollback); hooks run again and CRDs a chart upgraded stay upgraded."
    );
  return cannot;
}
function inCluster(cluster) {
  return cluster ? ` in cluster ${cluster}` : "";
}
function unique(commands) {
  const seen = /* @__PURE__ */ new Set();
  return commands.filter((command) => {
    const key = `${command.purpose}
${command.command}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function shellWord(word) {
  if (/^[A-Za-z0-9._/:@%+=,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// src/plan/render.ts
var MARKDOWN_LIMIT = 6e4;
var FOLD_EDGES = 15;
var MAX_EDGES = 200;
var MAX_LISTED = 8;
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function headlineOf(plan) {
  const clusters = new Set(plan.restarts.map((restart) => restart.cluster).filter(Boolean));
  const parts = [];
  if (plan.restarts.length > 0)
    parts.push(
      `${plural(plan.restarts.length, "workload")} restart${plan.restarts.length === 1 ? "s" : ""}${clusters.size > 0 ? ` in ${plural(clusters.size, "cluster")}` : ""}`
    );
  else parts.push("No restarts");
  if (plan.upgrades.length > 0)
    parts.push(
      `${plural(plan.upgrades.length, "HelmRelease")} upgrade${plan.upgrades.length === 1 ? "s" : ""}`
    );
  if (plan.added.length > 0) parts.push(`${plural(plan.added.length, "workload")} added`);
  if (plan.removed.length > 0) parts.push(`${plural(plan.removed.length, "workload")} removed`);
  return parts.join("; ");
}
function listed(items, escape) {
  const shown = items.slice(0, MAX_LISTED).map(escape).join(", ");
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}
function reasonText(reason, escape) {
  switch (reason.type) {
    case "config":
      return `${reason.kind} ${escape(reason.name)} changed${reason.keys.length > 0 ? ` (${reason.keys.length === 1 ? "key" : "keys"} ${listed(reason.keys, escape)})` : ""}`;
    case "image":
      return `image of ${escape(reason.container)}: ${escape(reason.from ?? "none")} \u2192 ${escape(reason.to ?? "none")}`;
    case "env":
      return `env of ${escape(reason.container)}: ${listed(reason.names, escape)}`;
    case "resources":
      return `resources of ${escape(reason.container)}`;
    case "pod-template":
      return `pod template: ${listed(reason.paths, escape)}`;
    case "values":
      return `values: ${listed(reason.paths, escape)}`;
    case "chart":
      return `chart ${escape(reason.name)}: ${escape(reason.from ?? "none")} \u2192 ${escape(reason.to ?? "none")}`;
  }
}
function strategyText(strategy, escape) {
  switch (strategy.type) {
    case "rolling-update":
      return "rolling update";
    case "canary":
      return `Flagger canary ${escape(strategy.canary)}: an analysis that rolls back by itself on failure`;
    case "ordered":
      return `ordered, one pod at a time${strategy.partition !== void 0 ? `, only ordinals \u2265 ${strategy.partition} (partition)` : ""}`;
    case "node-by-node":
      return "node by node";
    case "none":
      return "does not restart";
  }
}
function workloadName(workload, escape) {
  return `${escape(workload.kind)} ${escape(workload.namespace)}/${escape(workload.name)}`;
}
function clusterTitle(cluster, escape) {
  return cluster ? `Cluster ${escape(cluster)}` : "Outside a clusters/ folder";
}
function byCluster(workloads) {
  const groups = /* @__PURE__ */ new Map();
  for (const workload of workloads) {
    const group = groups.get(workload.cluster) ?? [];
    group.push(workload);
    groups.set(workload.cluster, group);
  }
  return new Map(
    [...groups].sort(([a], [b]) => a === "" ? 1 : b === "" ? -1 : a.localeCompare(b))
  );
}
function problemText(found, escape) {
  return `${found.revision}: ${escape(found.file)}:${found.line}: ${escape(found.message)}`;
}
function sectionText(section, count) {
  const left = section.items.length - count;
  const cut = left > 0 ? `${left} more ${section.noun} left out here` : "";
  if (section.commentNote)
    return `${section.head}${section.items.slice(0, count).join("")}${cut ? `# ${cut}: run gitops-reloader plan --format text for all of them
` : ""}${section.tail}`;
  return `${section.head}${section.items.slice(0, count).join("")}${section.tail}${cut ? `
_${cut}._
` : ""}`;
}
function renderPlanMarkdown(plan, limit = MARKDOWN_LIMIT) {
  const top = `### gitops-reloader plan

**${headlineOf(plan)}** (${escapeMarkdown(short(plan.base))} \u2192 ${escapeMarkdown(short(plan.head))})
`;
  const tables = [...byCluster(plan.restarts)].map(
    ([cluster, restarts]) => restartTable(cluster, restarts)
  );
  const warnings = warningSection(plan.restarts);
  const upgrades = upgradeSection(plan.upgrades);
  const changes = [
    workloadList("Workloads added", plan.added),
    workloadList("Workloads removed", plan.removed)
  ];
  const problems = problemSection(plan.problems);
  const rollback = rollbackSection(plan);
  const graph = graphSection(plan.restarts);
  const display = [...tables, warnings, upgrades, ...changes, problems, rollback, graph].filter(
    (section) => section !== void 0
  );
  const priority = [rollback, ...tables, warnings, upgrades, problems, ...changes, graph].filter(
    (section) => section !== void 0
  );
  const counts = allot(priority, limit - top.length - NOTICE_ROOM);
  const leftOut = display.filter((section) => (counts.get(section) ?? 0) < section.items.length).map((section) => leftOutText(section, counts.get(section) ?? 0));
  const notice = leftOut.length > 0 ? `
> [!NOTE]
> This comment is cut to stay under GitHub's limit of 65,536 characters. Left out: ${leftOut.join("; ")}. Run \`gitops-reloader plan --format text\` for the whole plan.
` : "";
  const body = display.filter((section) => (counts.get(section) ?? 0) > 0).map((section) => sectionText(section, counts.get(section) ?? 0)).join("");
  const text = `${top}${notice}${body}`;
  return text.length <= limit ? text : `${text.slice(0, limit - 2)}
`;
}
var NOTICE_ROOM = 2e3;
function leftOutText(section, count) {
  if (section.whole) return section.noun;
  if (count === 0) return `the ${section.items.length} ${section.noun}`;
  return `${section.items.length - count} of the ${section.items.length} ${section.noun}`;
}
function allot(sections, room) {
  const counts = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Map();
  let left = room;
  const grow = (section, budget) => {
    const base2 = used.get(section) ?? 0;
    if (section.whole) {
      const size2 = sectionText(section, section.items.length).length;
      if (base2 === 0 && size2 <= budget) {
        counts.set(section, section.items.length);
        used.set(section, size2);
        left -= size2;
      }
      return;
    }
    let count = counts.get(section) ?? 0;
    let size = base2 === 0 ? section.head.length + section.tail.length + 80 : base2;
    while (count < section.items.length) {
      const next = size + (section.items[count]?.length ?? 0);
      if (next - base2 > budget) break;
      size = next;
      count += 1;
    }
    if (count > (counts.get(section) ?? 0)) {
      counts.set(section, count);
      used.set(section, size);
      left -= size - base2;
    }
  };
  sections.forEach((section, index) => grow(section, Math.floor(left / (sections.length - index))));
  for (const section of sections) grow(section, left);
  return counts;
}
function short(sha) {
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : sha;
}
function restartTable(cluster, restarts) {
  return {
    noun: `restarts in ${clusterTitle(cluster, escapeMarkdown)}`,
    head: `
#### ${clusterTitle(cluster, escapeMarkdown)}: ${plural(restarts.length, "restart")}

| Workload | Root | Why | How it rolls out |
| --- | --- | --- | --- |
`,
    items: restarts.map((restart) => {
      const workload = `${workloadName(restart, escapeMarkdown)}${restart.release ? `<br>from HelmRelease ${escapeMarkdown(restart.release)}` : ""}`;
      const why = restart.reasons.map((reason) => reasonText(reason, escapeMarkdown)).join("<br>");
      const how = `${strategyText(restart.strategy, escapeMarkdown)}${restart.warnings.length > 0 ? " \u26A0\uFE0F" : ""}`;
      return `| ${workload} | ${escapeMarkdown(restart.root)} | ${why || "pod template"} | ${how} |
`;
    }),
    tail: ""
  };
}
function warningSection(restarts) {
  const items = restarts.flatMap(
    (restart) => restart.warnings.map(
      (warning) => `- **${workloadName(restart, escapeMarkdown)}**: ${escapeMarkdown(warning)}
`
    )
  );
  if (items.length === 0) return void 0;
  return {
    noun: "warnings",
    head: `
#### Where the change may restart nothing

`,
    items,
    tail: ""
  };
}
function upgradeSection(upgrades) {
  if (upgrades.length === 0) return void 0;
  return {
    noun: "HelmRelease upgrades",
    head: `
#### HelmRelease upgrades

| HelmRelease | Cluster | Root | Why | Pods that restart |
| --- | --- | --- | --- | --- |
`,
    items: upgrades.map((upgrade) => {
      const why = upgrade.reasons.map((reason) => reasonText(reason, escapeMarkdown)).join("<br>");
      const pods = upgrade.restarts.length > 0 ? listed(upgrade.restarts, escapeMarkdown) : "none";
      return `| ${escapeMarkdown(upgrade.namespace)}/${escapeMarkdown(upgrade.name)} | ${escapeMarkdown(upgrade.cluster) || "-"} | ${escapeMarkdown(upgrade.root)} | ${why || "values"} | ${pods} |
`;
    }),
    tail: ""
  };
}
function workloadList(title, workloads) {
  if (workloads.length === 0) return void 0;
  return {
    noun: title.toLowerCase(),
    head: `
#### ${title}

`,
    items: workloads.map(
      (workload) => `- ${workloadName(workload, escapeMarkdown)} (root ${escapeMarkdown(workload.root)}${workload.cluster ? `, cluster ${escapeMarkdown(workload.cluster)}` : ""})
`
    ),
    tail: ""
  };
}
function problemSection(problems) {
  if (problems.length === 0) return void 0;
  return {
    noun: "problems",
    head: `
#### Not planned: files that could not be read or parsed (the rest is planned)

`,
    items: problems.map((found) => `- ${problemText(found, escapeMarkdown)}
`),
    tail: ""
  };
}
function rollbackSection(plan) {
  const { commands, restores, cannotRestore } = plan.rollback;
  const shell = commands.filter((command) => command.command !== REVERT_BUTTON);
  const button = commands.some((command) => command.command === REVERT_BUTTON);
  const lines = shell.map(
    (command) => `# ${escapeTerminal(command.purpose)}
${escapeTerminal(command.command)}
`
  );
  const fence = fenceFor(lines.join(""));
  return {
    noun: "rollback commands",
    commentNote: true,
    head: `
#### Rollback

${button ? `One click: ${escapeMarkdown(REVERT_BUTTON)}. Or, from a clone of the repository:

` : ""}${fence}sh
`,
    items: lines,
    tail: `${fence}

A revert restores:

${restores.map((line) => `- ${escapeMarkdown(line)}
`).join("")}
It cannot restore:

${cannotRestore.map((line) => `- ${escapeMarkdown(line)}
`).join("")}`
  };
}
function fenceFor(content) {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run2) => run2.length));
  return "`".repeat(Math.max(3, longest + 1));
}
function graphSection(restarts) {
  const graph = mermaidGraph(restarts);
  if (!graph) return void 0;
  const summary = `Graph: ${plural(graph.sources, "changed ConfigMap or Secret", "changed ConfigMaps and Secrets")} \u2192 ${plural(graph.targets, "workload")}${graph.cut > 0 ? ` (the first ${MAX_EDGES} of ${graph.edges + graph.cut} edges)` : ""}`;
  const block = `\`\`\`mermaid
${graph.text}\`\`\`
`;
  const folded = graph.edges > FOLD_EDGES;
  return {
    noun: `the graph (${plural(graph.edges, "edge")})`,
    whole: true,
    head: folded ? `
<details>
<summary>${summary}</summary>

${block}
</details>
` : `
#### ${summary}

${block}`,
    items: [""],
    tail: ""
  };
}
function mermaidGraph(restarts) {
  const clusters = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  let edges = 0;
  let cut = 0;
  for (const restart of restarts) {
    for (const reason of restart.reasons) {
      if (reason.type !== "config") continue;
      if (edges >= MAX_EDGES) {
        cut += 1;
        continue;
      }
      const sourceKey2 = JSON.stringify([
        restart.cluster,
        restart.namespace,
        reason.kind,
        reason.name
      ]);
      const targetKey = JSON.stringify([
        restart.cluster,
        restart.namespace,
        restart.kind,
        restart.name
      ]);
      const lines = clusters.get(restart.cluster) ?? [];
      let source = sources.get(sourceKey2);
      if (!source) {
        source = `c${sources.size}`;
        sources.set(sourceKey2, source);
        lines.push(
          `    ${source}[${mermaidLabel(`${reason.kind} ${restart.namespace}/${reason.name}`)}]`
        );
      }
      let target = targets.get(targetKey);
      if (!target) {
        target = `w${targets.size}`;
        targets.set(targetKey, target);
        lines.push(
          `    ${target}[${mermaidLabel(`${restart.kind} ${restart.namespace}/${restart.name}`)}]`
        );
      }
      const keys = reason.keys.length > 0 ? `|${mermaidLabel(listed(reason.keys, (key) => key))}|` : "";
      lines.push(`    ${source} -->${keys} ${target}`);
      clusters.set(restart.cluster, lines);
      edges += 1;
    }
  }
  if (edges === 0) return void 0;
  const body = [...clusters].map(
    ([cluster, lines], index) => `  subgraph k${index}[${mermaidLabel(cluster ? `cluster ${cluster}` : "no cluster")}]
${lines.join("\n")}
  end
`
  ).join("");
  return { text: `graph LR
${body}`, edges, cut, sources: sources.size, targets: targets.size };
}
function mermaidLabel(text) {
  const safe = escapeTerminal(text).replace(
    /[^A-Za-z0-9 ._/:,=+-]/gu,
    (character) => `#${character.codePointAt(0)};`
  );
  return `"${safe}"`;
}
function renderPlanText(plan) {
  const e = escapeTerminal;
  const out = [`Plan ${e(short(plan.base))}..${e(short(plan.head))}: ${headlineOf(plan)}`];
  for (const [cluster, restarts] of byCluster(plan.restarts)) {
    out.push("", `${clusterTitle(cluster, e)}:`);
    for (const restart of restarts) {
      out.push(
        `  ${workloadName(restart, e)}  (root ${e(restart.root)}${restart.file ? `, ${e(restart.file)}:${restart.line ?? 1}` : ""})`
      );
      if (restart.release) out.push(`    from HelmRelease ${e(restart.release)}`);
      for (const reason of restart.reasons) out.push(`    why: ${reasonText(reason, e)}`);
      out.push(`    rolls out: ${strategyText(restart.strategy, e)}`);
      for (const warning of restart.warnings) out.push(`    warning: ${e(warning)}`);
    }
  }
  if (plan.upgrades.length > 0) {
    out.push("", "HelmRelease upgrades:");
    for (const upgrade of plan.upgrades) {
      out.push(
        `  HelmRelease ${e(upgrade.namespace)}/${e(upgrade.name)}  (root ${e(upgrade.root)})`
      );
      for (const reason of upgrade.reasons) out.push(`    why: ${reasonText(reason, e)}`);
      if (upgrade.restarts.length > 0) out.push(`    restarts: ${listed(upgrade.restarts, e)}`);
    }
  }
  for (const [title, workloads] of [
    ["Workloads added", plan.added],
    ["Workloads removed", plan.removed]
  ]) {
    if (workloads.length === 0) continue;
    out.push("", `${title}:`);
    for (const workload of workloads)
      out.push(`  ${workloadName(workload, e)}  (root ${e(workload.root)})`);
  }
  if (plan.problems.length > 0) {
    out.push("", "Not planned (files that could not be read or parsed; the rest is planned):");
    for (const found of plan.problems) out.push(`  ${problemText(found, e)}`);
  }
  out.push("", "Rollback:");
  for (const command of plan.rollback.commands)
    out.push(
      command.command === REVERT_BUTTON ? `  # ${e(command.purpose)}: ${REVERT_BUTTON}` : `  # ${e(command.purpose)}
  ${e(command.command)}`
    );
  out.push("", "A revert restores:", ...plan.rollback.restores.map((line) => `  - ${e(line)}`));
  out.push("", "It cannot restore:", ...plan.rollback.cannotRestore.map((line) => `  - ${e(line)}`));
  return `${out.join("\n")}
`;
}

export {
  escapeTerminal,
  escapeMarkdown,
  escapeStrings,
  escapeTerminalLine,
  maskSecretValues,
  maskSecretObject,
  RULES,
  parseSourceMapping,
  check,
  fix,
  lint,
  readWorkTree,
  changeWriter,
  repositoryRootOf,
  confinedFileSystem,
  RevisionError,
  readRevision,
  describeLanding,
  planChanges,
  rollbackPlan,
  renderPlanMarkdown,
  renderPlanText
};
