import { createRequire as __createRequire } from 'node:module'
const require = __createRequire(import.meta.url)
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject2;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema22, name) {
    const result = [];
    schema22[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments2(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments2(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments2(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema22, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema22.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/shared/objects.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function setOwn(target, key, value) {
  if (key === "__proto__")
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    });
  else target[key] = value;
}
function deepClone(value, copyExtras) {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const items = new Array(value.length);
    for (let index = 0; index < value.length; index++)
      items[index] = deepClone(value[index], copyExtras);
    return items;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const source = value;
  const copy = {};
  const keys = Object.keys(source);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    setOwn(copy, key, deepClone(source[key], copyExtras));
  }
  copyExtras?.(source, copy);
  return copy;
}

// src/kustomize-lite/yaml-documents.ts
var goInteger = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (source) => source !== null && mayBeNumber(source) && parseGoInteger(source) !== void 0,
  construct: (source) => parseGoInteger(source),
  predicate: (data) => typeof data === "number" && Number.isInteger(data),
  represent: (data) => String(data)
});
function startsWithDigit(source) {
  const first = source.charCodeAt(0);
  return first >= 48 && first <= 57;
}
function mayBeNumber(source) {
  const first = source.charCodeAt(0);
  return startsWithDigit(source) || first === 43 || first === 45 || first === 95;
}
function parseGoInteger(source) {
  const plain = source.replace(/_/g, "");
  const match = /^([-+]?)(0b[01]+|0o[0-7]+|0x[0-9a-fA-F]+|0[0-7]+|[0-9]+)$/.exec(plain);
  if (!match) return void 0;
  const [, sign, digits = ""] = match;
  const value = /^0[0-7]+$/.test(digits) ? Number.parseInt(digits, 8) : Number(digits.replace(/^0o/, "0o"));
  if (!Number.isFinite(value)) return void 0;
  return sign === "-" ? -value : value;
}
var goTimestamp = new Type("tag:yaml.org,2002:timestamp", {
  kind: "scalar",
  resolve: (source) => source !== null && startsWithDigit(source) && goTimestampText(source) !== void 0,
  construct: (source) => goTimestampText(source),
  predicate: () => false
});
var timestampPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]| )(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})?)?$/;
function goTimestampText(source) {
  const match = timestampPattern.exec(source);
  if (!match) return void 0;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "", zone] = match;
  const pad = (text) => text.padStart(2, "0");
  const trimmedFraction = fraction.replace(/0+$/, "");
  const zoneText = !zone || zone === "Z" || zone === "+00:00" ? "Z" : zone;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${trimmedFraction ? `.${trimmedFraction}` : ""}${zoneText}`;
}
var mergeKey = new Type("tag:yaml.org,2002:merge", {
  kind: "scalar",
  resolve: (source) => source === "<<" || source === null
});
var kustomizeYamlSchema = CORE_SCHEMA.extend({
  implicit: [goInteger, goTimestamp, mergeKey]
});
var textualNullCount = 0;
var textualNull = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (source) => source === null || source === "" || source === "~" || source === "null" || source === "Null" || source === "NULL",
  construct: () => {
    textualNullCount++;
    return TEXTUAL_NULL;
  },
  predicate: (data) => data === null,
  represent: () => "null"
});
var schema2 = kustomizeYamlSchema.extend({ implicit: [textualNull] });
var yamlLimits = {
  maxDepth: 100,
  maxExpandedNodes: 1e6,
  maxCharacters: 16 * 1024 * 1024
};
function parseYamlDocuments(text, filename, onDocumentStart, options = {}) {
  let source = stripByteOrderMark(text);
  if (source.length > yamlLimits.maxCharacters)
    return { ok: false, error: { message: `larger than ${yamlLimits.maxCharacters} characters` } };
  const insertions = [];
  for (; ; ) {
    const read = readDocuments(source, filename, onDocumentStart, insertions, options);
    if (read.ok) return checkDocuments(source, read.documents);
    const at = aliasKeyPosition(source, read.error);
    if (at === void 0 || insertions.length >= maximumAliasKeys)
      return { ok: false, error: describeYamlError(read.error) };
    source = `${source.slice(0, at)} ${source.slice(at)}`;
    insertions.push(at);
  }
}
var parsedDocumentChecks = { freeze: false };
function deepFreeze(value) {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
var maximumAliasKeys = 64;
function readDocuments(source, filename, onDocumentStart, insertions, readOptions2) {
  const documents = [];
  const goYaml = goYamlReading(source, readOptions2.foldedRoundTrip ?? true);
  const offsets = [];
  try {
    const options = {
      schema: schema2,
      filename,
      maxDepth: yamlLimits.maxDepth
    };
    const listener = combinedListener(
      onDocumentStart ? documentStartListener((offset) => offsets.push(offset)) : void 0,
      goYaml
    );
    if (listener) options.listener = listener;
    textualNullCount = 0;
    loadAll(source, (document) => documents.push(document), options);
  } catch (error) {
    return { ok: false, error };
  }
  if (textualNullCount > 0) markTextualNulls(documents);
  for (const offset of offsets) onDocumentStart?.(originalOffset(offset, insertions));
  return { ok: true, documents };
}
function checkDocuments(source, documents) {
  const sharesNodes = source.includes("&") && source.includes("*");
  const bomb = sharesNodes ? documents.findIndex(isAliasBomb) : -1;
  if (bomb >= 0)
    return {
      ok: false,
      error: { message: `document ${bomb + 1}: the aliases expand to more than a million nodes` }
    };
  const seen = sharesNodes ? /* @__PURE__ */ new Set() : void 0;
  if (source.includes("{") && documents.some((document) => hasMappingAsKey(document, seen)))
    return { ok: false, error: mappingKeyError(source) };
  if (parsedDocumentChecks.freeze) deepFreeze(documents);
  return { ok: true, documents };
}
function originalOffset(offset, insertions) {
  let shift = 0;
  for (const at of insertions) if (at < offset - shift) shift++;
  return offset - shift;
}
function aliasKeyPosition(source, error) {
  if (!(error instanceof YAMLException) || !error.mark) return void 0;
  const match = /^unidentified alias "([A-Za-z0-9_-]+):/.exec(error.reason);
  if (!match) return void 0;
  const name = match[1];
  const end = error.mark.position;
  const start = source.lastIndexOf(`*${name}:`, end);
  if (start < 0) return void 0;
  return start + 1 + name.length;
}
function combinedListener(...listeners) {
  const present = listeners.filter((listener) => listener !== void 0);
  if (present.length <= 1) return present[0];
  return (event, state) => {
    for (const listener of present) listener(event, state);
  };
}
function goYamlReading(source, foldedRoundTrip) {
  const noFinalNewline = source.length > 0 && !/[\n\r]$/.test(source);
  const endsInBlockScalar = noFinalNewline && /[|>]/.test(source);
  const mayFold = foldedRoundTrip && folderHeader.test(source);
  if (!endsInBlockScalar && !mayFold) return void 0;
  const lastLineHasContent = noFinalNewline && /\S/.test(source.slice(source.lastIndexOf("\n") + 1));
  const opened = [];
  const listener = (event, rawState) => {
    if (event === "open") {
      opened.push(rawState.position);
      return;
    }
    const state = rawState;
    const start = opened.pop() ?? 0;
    if (state.kind !== "scalar") return;
    const value = state.result;
    if (typeof value !== "string" || value === TEXTUAL_NULL) return;
    const atEnd = endsInBlockScalar && lastLineHasContent && state.position >= state.length - 1;
    const mayChange2 = atEnd || mayFold && (/\n[ \t]/.test(value) || value.endsWith("\n\n"));
    if (!mayChange2) return;
    const header = blockScalarHeader(state.input, start);
    if (!header) return;
    let result = value;
    if (atEnd && header.chomping !== "-" && result.endsWith("\n")) result = result.slice(0, -1);
    if (header.folded && mayFold) result = goYamlFoldedRoundTrip(result);
    if (result !== value) setResult(state, result);
  };
  return listener;
}
function setResult(state, result) {
  state.result = result;
  if (state.anchor !== null) state.anchorMap[state.anchor] = result;
}
var folderHeader = />[-+0-9]*[ \t]*(?:#.*)?$/m;
function blockScalarHeader(input, start) {
  let position = start;
  for (; ; ) {
    const char = input[position];
    if (char === " " || char === "	" || char === "\n" || char === "\r") position++;
    else if (char === "#") {
      while (position < input.length && input[position] !== "\n") position++;
    } else if (char === "!" || char === "&") {
      while (position < input.length && !/\s/.test(input[position])) position++;
    } else break;
  }
  const indicator = input[position];
  if (indicator !== ">" && indicator !== "|") return void 0;
  const match = /^[-+0-9]*/.exec(input.slice(position + 1, position + 4));
  const chomping = match?.[0].includes("-") ? "-" : match?.[0].includes("+") ? "+" : "";
  return { folded: indicator === ">", chomping };
}
function goYamlFoldedRoundTrip(value) {
  if (!foldedStyleKept(value)) return value;
  const first = value.replace(/^\n+/, "")[0];
  if (first === void 0 || first === " " || first === "	") return value;
  const lines = value.split("\n");
  let output = "";
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    output += line;
    if (index === lines.length - 1) break;
    output += "\n";
    if (line === "" || line[0] === " " || line[0] === "	") continue;
    let next = index + 1;
    while (next < lines.length - 1 && lines[next] === "") next++;
    const nextLine = lines[next];
    const atEnd = next === lines.length - 1 && nextLine === "";
    const keptEnd = atEnd && next - index >= 2;
    if (keptEnd || !atEnd && (nextLine[0] === " " || nextLine[0] === "	")) output += "\n";
  }
  return output;
}
function foldedStyleKept(value) {
  if (value.endsWith(" ") || value.includes(" \n")) return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const printable = code === 9 || code === 10 || code >= 32 && code !== 127;
    if (!printable || code === 65279) return false;
  }
  return true;
}
var TEXTUAL_NULL = "\0kustomize-lite:textual-null\0";
var textualNullKeys = /* @__PURE__ */ Symbol("textualNullKeys");
function isTextualNull(holder, key) {
  const keys = holder[textualNullKeys];
  return keys?.has(key) ?? false;
}
function markTextualNull(holder, key) {
  const marked = holder;
  let keys = marked[textualNullKeys];
  if (!keys) {
    keys = /* @__PURE__ */ new Set();
    Object.defineProperty(holder, textualNullKeys, { value: keys, enumerable: false });
  }
  keys.add(key);
}
function textualNullPaths(value) {
  const paths = [];
  const path = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index);
        visit(node[index]);
        path.pop();
      }
      return;
    }
    const marks = node[textualNullKeys];
    if (marks) for (const key of marks) paths.push([...path, key]);
    for (const key of Object.keys(node)) {
      path.push(key);
      visit(node[key]);
      path.pop();
    }
  };
  visit(value);
  return paths;
}
function restoreTextualNulls(value, paths) {
  for (const path of paths) {
    let holder = value;
    for (let index = 0; index < path.length - 1; index++)
      holder = holder[path[index]];
    if (typeof holder === "object" && holder !== null)
      markTextualNull(holder, String(path[path.length - 1]));
  }
}
function shallowCopyKeepingNullMarks(map2) {
  const copy = { ...map2 };
  copyNullMarks(map2, copy);
  return copy;
}
function cloneKeepingNullMarks(value) {
  return deepClone(value, copyNullMarks);
}
function copyNullMarks(source, copy) {
  const marks = source[textualNullKeys];
  if (marks) for (const key of marks) markTextualNull(copy, key);
}
function markTextualNulls(documents) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (value === TEXTUAL_NULL) return null;
    if (typeof value !== "object" || value === null || seen.has(value)) return value;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) value[index] = visit(value[index]);
      return value;
    }
    const record = value;
    if (Object.hasOwn(record, TEXTUAL_NULL)) renameKey(record, TEXTUAL_NULL, "null");
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (item === TEXTUAL_NULL) {
        record[key] = null;
        markTextualNull(record, key);
      } else visit(item);
    }
    return value;
  };
  for (let index = 0; index < documents.length; index++) documents[index] = visit(documents[index]);
}
function renameKey(record, from, to) {
  const entries = Object.entries(record).map(([key, value]) => [
    key === from ? to : key,
    value
  ]);
  for (const key of Object.keys(record)) delete record[key];
  for (const [key, value] of entries) record[key] = value;
}
var MAPPING_KEY = "[object Object]";
function hasMappingAsKey(value, seen) {
  if (typeof value !== "object" || value === null) return false;
  if (seen) {
    if (seen.has(value)) return false;
    seen.add(value);
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++)
      if (hasMappingAsKey(value[index], seen)) return true;
    return false;
  }
  if (Object.hasOwn(value, MAPPING_KEY)) return true;
  const map2 = value;
  const keys = Object.keys(map2);
  for (let index = 0; index < keys.length; index++)
    if (hasMappingAsKey(map2[keys[index]], seen)) return true;
  return false;
}
function mappingKeyError(source) {
  const message = "a mapping is used as a mapping key (invalid map key)";
  const template = /\{\s*\{/.exec(source);
  if (!template) return { message };
  const before = source.slice(0, template.index);
  const line = before.split("\n").length;
  return { message, line, column: template.index - before.lastIndexOf("\n") };
}
function documentStartListener(onDocumentStart) {
  let started = 0;
  return (event, state) => {
    const done = state.documents.length;
    if (event === "open" && done === started) {
      started++;
      onDocumentStart(state.position);
    }
  };
}
function isAliasBomb(document) {
  return expandedSize(document, /* @__PURE__ */ new Map()) > yamlLimits.maxExpandedNodes;
}
function expandedSize(value, sizes) {
  if (typeof value !== "object" || value === null) return 1;
  const known = sizes.get(value);
  if (known !== void 0) return known;
  sizes.set(value, 1);
  let size = 1;
  for (const child of Object.values(value)) {
    size += expandedSize(child, sizes);
    if (size > yamlLimits.maxExpandedNodes) break;
  }
  sizes.set(value, size);
  return size;
}
function stripByteOrderMark(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function describeYamlError(error) {
  if (error instanceof YAMLException) {
    const mark = error.mark;
    const reason = error.reason || error.message;
    const message = /maxDepth/.test(reason) ? `nested deeper than ${yamlLimits.maxDepth} levels` : reason;
    return mark ? { message, line: mark.line + 1, column: mark.column + 1 } : { message };
  }
  if (error instanceof RangeError) return { message: "nested too deeply to read" };
  throw error;
}

// src/kustomize-lite/objects.ts
function stringField(object, key) {
  if (!isObject(object)) return void 0;
  const value = object[key];
  return typeof value === "string" ? value : void 0;
}

// src/kustomize-lite/resource-id.ts
var groupVersions = /* @__PURE__ */ new Map();
var MAX_GROUP_VERSIONS = 1024;
function parseApiVersion(apiVersion) {
  let parsed = groupVersions.get(apiVersion);
  if (!parsed) {
    const slash = apiVersion.indexOf("/");
    parsed = slash >= 0 ? { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) } : { group: "", version: apiVersion };
    if (groupVersions.size >= MAX_GROUP_VERSIONS) groupVersions.clear();
    groupVersions.set(apiVersion, parsed);
  }
  return parsed;
}
function gvkOf(object) {
  const { group, version } = parseApiVersion(stringField(object, "apiVersion") ?? "");
  return { group, version, kind: stringField(object, "kind") ?? "" };
}
function nameOf(object) {
  return stringField(object.metadata, "name") ?? "";
}
function namespaceOf(object) {
  return stringField(object.metadata, "namespace") ?? "";
}
function cachedResId(object, cached2) {
  const metadata = object.metadata;
  const name = isObject(metadata) ? metadata.name : void 0;
  const namespace = isObject(metadata) ? metadata.namespace : void 0;
  if (cached2 && cached2.object === object && cached2.apiVersion === object.apiVersion && cached2.kind === object.kind && cached2.metadata === metadata && cached2.name === name && cached2.namespace === namespace) {
    return cached2;
  }
  const { group, version } = parseApiVersion(stringField(object, "apiVersion") ?? "");
  const id = Object.freeze({
    group,
    version,
    kind: stringField(object, "kind") ?? "",
    name: typeof name === "string" ? name : "",
    namespace: typeof namespace === "string" ? namespace : ""
  });
  return { object, apiVersion: object.apiVersion, kind: object.kind, metadata, name, namespace, id };
}
var idCache = /* @__PURE__ */ new WeakMap();
function resIdOf(object) {
  const cached2 = idCache.get(object);
  const current = cachedResId(object, cached2);
  if (current !== cached2) idCache.set(object, current);
  return current.id;
}
function sameGvk(a, b) {
  return a.group === b.group && a.version === b.version && a.kind === b.kind;
}
function gvkSelectedBy(gvk, selector) {
  if (!selector) return true;
  if (selector.group && selector.group !== gvk.group) return false;
  if (selector.version && selector.version !== gvk.version) return false;
  if (selector.kind && selector.kind !== gvk.kind) return false;
  return true;
}
function sameNamespace(a, b) {
  return normalizedNamespace(a) === normalizedNamespace(b);
}
function normalizedNamespace(namespace) {
  return namespace === "" ? "default" : namespace;
}
function sameResId(a, b) {
  return sameGvk(a, b) && a.name === b.name && sameNamespace(a.namespace, b.namespace);
}
function describeResId(id) {
  const apiVersion = id.group ? `${id.group}/${id.version}` : id.version;
  const namespace = id.namespace ? `${id.namespace}/` : "";
  return `${apiVersion} ${id.kind} ${namespace}${id.name}`;
}
var clusterScopedKinds = {
  "": ["Namespace", "Node", "PersistentVolume", "ComponentStatus"],
  "admissionregistration.k8s.io": [
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration"
  ],
  "apiextensions.k8s.io": ["CustomResourceDefinition"],
  "apiregistration.k8s.io": ["APIService"],
  "authentication.k8s.io": ["TokenReview"],
  "authorization.k8s.io": [
    "SelfSubjectAccessReview",
    "SelfSubjectRulesReview",
    "SubjectAccessReview"
  ],
  "certificates.k8s.io": ["CertificateSigningRequest"],
  "flowcontrol.apiserver.k8s.io": ["FlowSchema", "PriorityLevelConfiguration"],
  "internal.apiserver.k8s.io": ["StorageVersion"],
  "networking.k8s.io": ["IngressClass"],
  "node.k8s.io": ["RuntimeClass"],
  policy: ["PodSecurityPolicy"],
  "rbac.authorization.k8s.io": ["ClusterRole", "ClusterRoleBinding"],
  "scheduling.k8s.io": ["PriorityClass"],
  "storage.k8s.io": ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"]
};
function isClusterScoped(gvk) {
  return clusterScopedKinds[gvk.group]?.includes(gvk.kind) ?? false;
}
function resIdKey(id) {
  return `${id.group}\0${id.version}\0${id.kind}\0${id.name}\0${id.namespace || "default"}`;
}

// src/kustomize-lite/legacy-order.ts
var kindsFirst = [
  "Namespace",
  "ResourceQuota",
  "StorageClass",
  "CustomResourceDefinition",
  "ServiceAccount",
  "PodSecurityPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
  "ConfigMap",
  "Secret",
  "Endpoints",
  "Service",
  "LimitRange",
  "PriorityClass",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "Deployment",
  "StatefulSet",
  "CronJob",
  "PodDisruptionBudget"
];
var kindsLast = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
var kindRank = new Map([
  ...kindsFirst.map((kind, index) => [kind, index - kindsFirst.length]),
  ...kindsLast.map((kind, index) => [kind, index + 1])
]);
function compareLegacyOrder(a, b) {
  if (!sameGvk(a, b)) return compareGvk(a, b);
  return compareStrings(idSortKey(a), idSortKey(b));
}
function compareGvk(a, b) {
  const rankDifference = (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0);
  if (rankDifference !== 0) return rankDifference;
  const order = compareStrings(gvkSortKey(a), gvkSortKey(b));
  if (a.kind === "Namespace" && b.kind === "Namespace" && (a.group === "" || b.group === "")) {
    return -order;
  }
  return order;
}
function gvkSortKey(gvk) {
  return [gvk.group || "~G", gvk.version || "~V", gvk.kind || "~K"].join("_");
}
function idSortKey(id) {
  const gvk = [id.kind || "[noKind]", id.version || "[noVer]", id.group || "[noGrp]"].join(".");
  return [gvk, id.namespace || "~X", id.name || "~N"].join("|");
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/kustomize-lite/kustomization-file.ts
import { posix } from "node:path";

// src/shared/collections.ts
function groupBy(items, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
function uniqueBy(items, keyOf) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  return unique;
}
function cached(cache, key, compute) {
  let value = cache.get(key);
  if (value === void 0) cache.set(key, value = compute());
  return value;
}

// src/kustomize-lite/kustomization-file.ts
var kustomizationFileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function joinPath(directory, relative) {
  if (relative.startsWith("/")) return posix.normalize(relative);
  return posix.join(directory, relative);
}
function isKustomizationDirectory(dir, fs) {
  return kustomizationFilesIn(dir, fs).length > 0;
}
function kustomizationFilesIn(dir, files) {
  let exists = files;
  if (typeof exists !== "function") {
    const fs = exists;
    if (!fs.isDirectory(dir)) return [];
    const entries = new Set(fs.readDirectory(dir));
    exists = (path) => entries.has(posix.basename(path));
  }
  return kustomizationFileNames.map((name) => joinPath(dir, name)).filter(exists);
}
function readKustomization(dir, fs) {
  return readKustomizationCached(dir, fs, /* @__PURE__ */ new Map());
}
var directoryListings = /* @__PURE__ */ new WeakMap();
function cachedKustomizationFilesIn(dir, fs, cache) {
  const listings = cached(directoryListings, cache, () => /* @__PURE__ */ new Map());
  return cached(listings, dir, () => kustomizationFilesIn(dir, fs));
}
function readKustomizationCached(dir, fs, cache) {
  const candidates = cachedKustomizationFilesIn(dir, fs, cache);
  const cachedPath = candidates.length === 1 ? candidates[0] : void 0;
  const cachedObject = cachedPath ? cache.get(cachedPath)?.[0] : void 0;
  if (cachedPath && isObject(cachedObject)) {
    return { ok: true, file: { path: cachedPath, directory: dir, object: cachedObject } };
  }
  const read = parseKustomization(dir, fs, candidates);
  if (read.ok) cache.set(read.file.path, [read.file.object]);
  return read;
}
function parseKustomization(dir, fs, candidates) {
  const path = candidates[0];
  if (path === void 0) {
    return failure(dir, `no kustomization.yaml, kustomization.yml or Kustomization in ${dir}`);
  }
  if (candidates.length > 1) return failure(dir, `multiple kustomization files in ${dir}`);
  const text = fs.readFile(path);
  if (text === void 0) return failure(path, `cannot read ${path}`);
  const parsed = parseYamlDocuments(text, path, void 0, { foldedRoundTrip: false });
  if (!parsed.ok) return failure(path, parsed.error.message, parsed.error.line);
  const documents = parsed.documents.filter((document) => document !== null);
  if (documents.length > 1) return failure(path, "a kustomization file must hold one document");
  const object = documents[0] ?? {};
  if (!isObject(object)) return failure(path, "a kustomization file must be a mapping");
  return { ok: true, file: { path, directory: dir, object } };
}
function failure(path, message, line) {
  const problem = { severity: "error", message, path };
  if (line !== void 0) problem.line = line;
  return { ok: false, problem };
}
function referencedPaths(file) {
  const fields = ["resources", "bases", "components"];
  return fields.flatMap((field) => {
    const entries = file.object[field];
    if (!Array.isArray(entries)) return [];
    return entries.filter((entry) => typeof entry === "string" && !isRemoteReference(entry)).map((entry) => joinPath(file.directory, entry));
  });
}
var remotePrefixes = [
  "http://",
  "https://",
  "git@",
  "git::",
  "ssh://",
  "github.com/",
  "gitlab.com/",
  "bitbucket.org/"
];
function isRemoteReference(entry) {
  return remotePrefixes.some((prefix) => entry.startsWith(prefix)) || /\?ref=/.test(entry);
}

// src/shared/lines.ts
function lineLocator(text) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

// src/kustomize-lite/context.ts
function report(context, path, message, details = {}) {
  const problem = { severity: details.severity ?? "error", message, path };
  if (details.line !== void 0) problem.line = details.line;
  if (details.field !== void 0) problem.field = details.field;
  if (details.code !== void 0) problem.code = details.code;
  context.problems.push(problem);
}
function loadDocuments(context, path, field, missingMessage = `cannot read ${path}`) {
  const cached2 = context.documentCache.get(path);
  if (cached2) return cached2;
  const text = context.fs.readFile(path);
  if (text === void 0) {
    report(context, path, missingMessage, { field });
    return void 0;
  }
  const parsed = parseYamlDocuments(text, path);
  if (!parsed.ok) {
    report(context, path, `invalid YAML: ${parsed.error.message}`, {
      field,
      line: parsed.error.line
    });
    return void 0;
  }
  context.documentCache.set(path, parsed.documents);
  return parsed.documents;
}
function lineMentioning(text, needle) {
  if (text === void 0) return void 0;
  const index = text.indexOf(needle);
  return index < 0 ? void 0 : lineLocator(text)(index);
}

// src/kustomize-lite/transformer-config.ts
var podSpecLocations = [
  { kind: "Pod", version: "v1", podSpec: "spec" },
  { kind: "PodTemplate", podSpec: "template/spec" },
  { kind: "Deployment", podSpec: "spec/template/spec" },
  { kind: "ReplicaSet", podSpec: "spec/template/spec" },
  { kind: "DaemonSet", podSpec: "spec/template/spec" },
  { kind: "StatefulSet", podSpec: "spec/template/spec" },
  { kind: "Job", podSpec: "spec/template/spec" },
  { kind: "CronJob", podSpec: "spec/jobTemplate/spec/template/spec" }
];
function inPodSpecs(fields, kinds = podSpecLocations) {
  return kinds.flatMap(
    ({ podSpec: podSpec2, ...gvk }) => fields.map((field) => ({ ...gvk, path: `${podSpec2}/${field}` }))
  );
}
function inKinds(path, kinds, extra = {}) {
  return kinds.map((kind) => ({ kind, path, ...extra }));
}
var containerLists = ["containers", "initContainers"];
var configMapReferences = [
  ...inPodSpecs([
    "volumes/configMap/name",
    ...containerLists.map((list) => `${list}/env/valueFrom/configMapKeyRef/name`),
    ...containerLists.map((list) => `${list}/envFrom/configMapRef/name`),
    "volumes/projected/sources/configMap/name"
  ]),
  { kind: "Node", path: "spec/configSource/configMap" },
  ...inKinds("rules/resourceNames", ["Role", "ClusterRole"]),
  {
    kind: "Ingress",
    path: "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap"
  }
];
var secretReferences = [
  ...inPodSpecs([
    "volumes/secret/secretName",
    ...containerLists.map((list) => `${list}/env/valueFrom/secretKeyRef/name`),
    ...containerLists.map((list) => `${list}/envFrom/secretRef/name`),
    "imagePullSecrets/name",
    "volumes/projected/sources/secret/name"
  ]),
  { kind: "Ingress", path: "spec/tls/secretName" },
  ...["ingress.kubernetes.io", "nginx.ingress.kubernetes.io"].map((prefix) => ({
    kind: "Ingress",
    path: `metadata/annotations/${prefix}\\/auth-secret`
  })),
  { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret" },
  { kind: "ServiceAccount", path: "imagePullSecrets/name" },
  ...["secretName", "adminSecretName", "userSecretName", "secretRef"].map((field) => ({
    kind: "StorageClass",
    path: `parameters/${field}`
  })),
  ...inKinds("rules/resourceNames", ["Role", "ClusterRole"]),
  {
    group: "serving.knative.dev",
    version: "v1",
    kind: "Service",
    path: "spec/template/spec/containers/env/valueFrom/secretKeyRef/name"
  },
  { kind: "PersistentVolume", path: "spec/azureFile/secretName" }
];
var workloadsWithPodSpecs = [
  "StatefulSet",
  "Deployment",
  "ReplicationController",
  "CronJob",
  "Job",
  "DaemonSet"
];
function inWorkloads(field) {
  return [
    { kind: "Pod", path: `spec/${field}` },
    ...workloadsWithPodSpecs.map((kind) => ({
      kind,
      path: kind === "CronJob" ? `spec/jobTemplate/spec/template/spec/${field}` : `spec/template/spec/${field}`
    }))
  ];
}
var rbac = "rbac.authorization.k8s.io";
var scaleTargetReferrers = [{ kind: "HorizontalPodAutoscaler", path: "spec/scaleTargetRef/name" }];
function defaultNameReferences() {
  return [
    ...["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"].map((kind) => ({
      kind,
      fieldSpecs: scaleTargetReferrers
    })),
    { kind: "ConfigMap", version: "v1", fieldSpecs: configMapReferences },
    { kind: "Secret", version: "v1", fieldSpecs: secretReferences },
    {
      kind: "Service",
      version: "v1",
      fieldSpecs: [
        { kind: "StatefulSet", group: "apps", path: "spec/serviceName" },
        { kind: "Ingress", path: "spec/rules/http/paths/backend/serviceName" },
        { kind: "Ingress", path: "spec/backend/serviceName" },
        { kind: "Ingress", path: "spec/rules/http/paths/backend/service/name" },
        { kind: "Ingress", path: "spec/defaultBackend/service/name" },
        { kind: "APIService", group: "apiregistration.k8s.io", path: "spec/service/name" },
        ...["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"].map((kind) => ({
          kind,
          group: "admissionregistration.k8s.io",
          path: "webhooks/clientConfig/service"
        })),
        { kind: "HTTPRoute", path: "spec/rules/backendRefs/name" }
      ]
    },
    {
      kind: "Role",
      group: rbac,
      fieldSpecs: [{ kind: "RoleBinding", group: rbac, path: "roleRef/name" }]
    },
    {
      kind: "ClusterRole",
      group: rbac,
      fieldSpecs: inKinds("roleRef/name", ["RoleBinding", "ClusterRoleBinding"], { group: rbac })
    },
    {
      kind: "ServiceAccount",
      version: "v1",
      fieldSpecs: [
        ...inKinds("subjects", ["RoleBinding", "ClusterRoleBinding"], { group: rbac }),
        ...inWorkloads("serviceAccountName")
      ]
    },
    {
      kind: "PersistentVolumeClaim",
      version: "v1",
      fieldSpecs: inWorkloads("volumes/persistentVolumeClaim/claimName")
    },
    {
      kind: "PersistentVolume",
      version: "v1",
      fieldSpecs: [
        { kind: "PersistentVolumeClaim", path: "spec/volumeName" },
        { kind: "ClusterRole", path: "rules/resourceNames" }
      ]
    },
    {
      kind: "StorageClass",
      version: "v1",
      group: "storage.k8s.io",
      fieldSpecs: [
        ...inKinds("spec/storageClassName", ["PersistentVolume", "PersistentVolumeClaim"]),
        { kind: "StatefulSet", path: "spec/volumeClaimTemplates/spec/storageClassName" }
      ]
    },
    {
      kind: "PriorityClass",
      version: "v1",
      group: "scheduling.k8s.io",
      fieldSpecs: inWorkloads("priorityClassName")
    },
    {
      kind: "IngressClass",
      version: "v1",
      group: "networking.k8s.io/v1",
      fieldSpecs: [{ kind: "Ingress", path: "spec/ingressClassName" }]
    }
  ];
}
var podTemplateOwners = [
  { kind: "ReplicationController", version: "v1" },
  { kind: "Deployment" },
  { kind: "ReplicaSet" },
  { kind: "DaemonSet" },
  { kind: "StatefulSet", group: "apps" },
  { kind: "Job", group: "batch" }
];
function templateMetadata(field) {
  return [
    ...podTemplateOwners.map((owner) => ({
      ...owner,
      path: `spec/template/metadata/${field}`,
      create: true
    })),
    { group: "batch", kind: "CronJob", path: `spec/jobTemplate/metadata/${field}`, create: true },
    {
      group: "batch",
      kind: "CronJob",
      path: `spec/jobTemplate/spec/template/metadata/${field}`,
      create: true
    }
  ];
}
var volumeClaimTemplateLabels = {
  group: "apps",
  kind: "StatefulSet",
  path: "spec/volumeClaimTemplates[]/metadata/labels",
  create: true
};
function selectorLabels() {
  const affinityPaths = [
    "podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm",
    "podAffinity/requiredDuringSchedulingIgnoredDuringExecution",
    "podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm",
    "podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution"
  ].map((path) => `spec/template/spec/affinity/${path}/labelSelector/matchLabels`);
  const podLabelSelectors = [
    ...affinityPaths,
    "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels"
  ];
  return [
    { version: "v1", kind: "Service", path: "spec/selector", create: true },
    { version: "v1", kind: "ReplicationController", path: "spec/selector", create: true },
    { kind: "Deployment", path: "spec/selector/matchLabels", create: true },
    ...podLabelSelectors.map((path) => ({ group: "apps", kind: "Deployment", path })),
    { kind: "ReplicaSet", path: "spec/selector/matchLabels", create: true },
    { kind: "DaemonSet", path: "spec/selector/matchLabels", create: true },
    { group: "apps", kind: "StatefulSet", path: "spec/selector/matchLabels", create: true },
    volumeClaimTemplateLabels,
    ...podLabelSelectors.map((path) => ({ group: "apps", kind: "StatefulSet", path })),
    { group: "batch", kind: "Job", path: "spec/selector/matchLabels" },
    { group: "batch", kind: "CronJob", path: "spec/jobTemplate/spec/selector/matchLabels" },
    { group: "policy", kind: "PodDisruptionBudget", path: "spec/selector/matchLabels" },
    ...["spec/podSelector", "spec/ingress/from/podSelector", "spec/egress/to/podSelector"].map(
      (path) => ({ group: "networking.k8s.io", kind: "NetworkPolicy", path: `${path}/matchLabels` })
    )
  ];
}
function metadataLabels() {
  return [
    { path: "metadata/labels", create: true },
    ...templateMetadata("labels"),
    volumeClaimTemplateLabels
  ];
}
function defaultTransformerConfig() {
  return builtinConfig;
}
var builtinConfig = Object.freeze(makeBuiltinConfig());
function makeBuiltinConfig() {
  return {
    namePrefix: [{ path: "metadata/name" }],
    nameSuffix: [{ path: "metadata/name" }],
    namespace: [
      { path: "metadata/namespace", create: true },
      { kind: "Namespace", path: "metadata/name", create: true },
      {
        group: "apiregistration.k8s.io",
        kind: "APIService",
        path: "spec/service/namespace",
        create: true
      },
      {
        group: "apiextensions.k8s.io",
        kind: "CustomResourceDefinition",
        path: "spec/conversion/webhook/clientConfig/service/namespace"
      }
    ],
    commonLabels: [...selectorLabels(), ...metadataLabels()],
    templateLabels: [...templateMetadata("labels"), volumeClaimTemplateLabels],
    commonAnnotations: [
      { path: "metadata/annotations", create: true },
      ...templateMetadata("annotations")
    ],
    nameReference: defaultNameReferences(),
    images: ["spec", "spec/template/spec"].flatMap(
      (podSpec2) => containerLists.map((list) => ({ path: `${podSpec2}/${list}[]/image`, create: true }))
    ),
    replicas: ["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"].map((kind) => ({
      kind,
      path: "spec/replicas",
      create: true
    })),
    varReference: defaultVarReferences()
  };
}
function defaultVarReferences() {
  const containerFields = ["args", "command", "env/value", "volumeMounts/mountPath"];
  const inPodSpec = (kind, podSpec2, volumes) => [
    ...containerLists.flatMap(
      (list) => containerFields.map((field) => ({ kind, path: `${podSpec2}/${list}/${field}` }))
    ),
    { kind, path: volumes }
  ];
  return [
    // kustomize writes CronJob volumes without the pod spec's `spec` (a quirk kept as is).
    ...inPodSpec(
      "CronJob",
      "spec/jobTemplate/spec/template/spec",
      "spec/jobTemplate/spec/template/volumes/nfs/server"
    ),
    ...inPodSpec("DaemonSet", "spec/template/spec", "spec/template/spec/volumes/nfs/server"),
    ...inPodSpec("Deployment", "spec/template/spec", "spec/template/spec/volumes/nfs/server"),
    { kind: "Deployment", path: "spec/template/metadata/annotations" },
    { kind: "Ingress", path: "spec/rules/host" },
    { kind: "Ingress", path: "spec/tls/hosts" },
    { kind: "Ingress", path: "spec/tls/secretName" },
    ...inPodSpec("Job", "spec/template/spec", "spec/template/spec/volumes/nfs/server"),
    ...inPodSpec("Pod", "spec", "spec/volumes/nfs/server"),
    ...inPodSpec("ReplicaSet", "spec/template/spec", "spec/template/spec/volumes/nfs/server"),
    { kind: "Service", path: "spec/ports/port" },
    { kind: "Service", path: "spec/ports/targetPort" },
    ...inPodSpec("StatefulSet", "spec/template/spec", "spec/volumeClaimTemplates/spec/nfs/server"),
    { kind: "PersistentVolume", path: "spec/nfs/server" },
    { path: "metadata/labels" },
    { path: "metadata/annotations" }
  ];
}
function mergeTransformerConfigs(base, extra) {
  if (extra === base) return base;
  const withBase = cached(merges, base, () => /* @__PURE__ */ new WeakMap());
  return cached(withBase, extra, () => mergeConfigsOnce(base, extra));
}
var merges = /* @__PURE__ */ new WeakMap();
function mergeConfigsOnce(base, extra) {
  let merged;
  for (const key of Object.keys(extra)) {
    if (key === "nameReference") {
      const references = mergeNameReferences(base.nameReference, extra.nameReference ?? []);
      if (references !== base.nameReference) (merged ??= { ...base }).nameReference = references;
    } else {
      const specs = mergeFieldSpecs(base[key], extra[key] ?? []);
      if (specs !== base[key]) (merged ??= { ...base })[key] = specs;
    }
  }
  return merged ?? base;
}
var fieldSpecKey = (spec) => `${spec.path}|${spec.group ?? ""}|${spec.version ?? ""}|${spec.kind ?? ""}`;
var keysOfList = /* @__PURE__ */ new WeakMap();
function fieldSpecKeys(specs) {
  return cached(keysOfList, specs, () => new Set(specs.map(fieldSpecKey)));
}
function mergeFieldSpecs(base, extra) {
  if (extra.length === 0 || extra === base) return base;
  const baseKeys = fieldSpecKeys(base);
  const extraKeys = fieldSpecKeys(extra);
  if (isSubset(extraKeys, baseKeys)) return base;
  if (extra.length === extraKeys.size && isSubset(baseKeys, extraKeys) && base.every((spec, index) => extra[index] === spec))
    return extra;
  const keys = new Set(baseKeys);
  const merged = [...base];
  for (const spec of extra) {
    const key = fieldSpecKey(spec);
    if (keys.has(key)) continue;
    keys.add(key);
    merged.push(spec);
  }
  return merged;
}
function isSubset(small, large) {
  if (small.size > large.size) return false;
  for (const key of small) if (!large.has(key)) return false;
  return true;
}
function mergeNameReferences(base, extra) {
  if (extra.length === 0 || extra === base) return base;
  const baseIndex = kindIndexOf(base);
  let merged;
  let mergedIndex;
  for (const reference of extra) {
    const key = gvkKey(reference);
    const index = (mergedIndex ?? baseIndex).get(key);
    if (index === void 0) {
      merged ??= [...base];
      mergedIndex ??= new Map(baseIndex);
      mergedIndex.set(key, merged.length);
      merged.push(reference);
      continue;
    }
    const existing = (merged ?? base)[index];
    const fieldSpecs = mergeFieldSpecs(existing.fieldSpecs, reference.fieldSpecs);
    if (fieldSpecs !== existing.fieldSpecs)
      (merged ??= [...base])[index] = { ...existing, fieldSpecs };
  }
  return merged ?? base;
}
var kindIndexes = /* @__PURE__ */ new WeakMap();
function kindIndexOf(references) {
  return cached(kindIndexes, references, () => {
    const byKind = /* @__PURE__ */ new Map();
    references.forEach((reference, position) => {
      if (!byKind.has(gvkKey(reference))) byKind.set(gvkKey(reference), position);
    });
    return byKind;
  });
}
var gvkKey = (reference) => `${reference.group ?? ""}|${reference.version ?? ""}|${reference.kind ?? ""}`;

// src/kustomize-lite/working-resource.ts
function newWorkingResource(object, origin, owns = "all") {
  return { object, origin, previousIds: [], prefixes: [], suffixes: [], idCache: void 0, owns };
}
function sharingWorkingResource(document, origin) {
  return newWorkingResource(shallowCopyKeepingNullMarks(document), origin, "top");
}
function editable(resource) {
  if (resource.owns !== "all") replaceObject(resource, cloneKeepingNullMarks(resource.object));
  return resource.object;
}
function editableMetadata(resource) {
  const object = resource.object;
  const metadata = object.metadata;
  if (!isObject(metadata)) {
    const created = {};
    object.metadata = created;
    if (resource.owns === "top") resource.owns = "top-and-metadata";
    return created;
  }
  if (resource.owns !== "top") return metadata;
  const copy = shallowCopyKeepingNullMarks(metadata);
  object.metadata = copy;
  resource.owns = "top-and-metadata";
  return copy;
}
function replaceObject(resource, object) {
  resource.object = object;
  resource.owns = "all";
}
function currentId(resource) {
  const cached2 = cachedResId(resource.object, resource.idCache);
  if (cached2 !== resource.idCache) resource.idCache = cached2;
  return cached2.id;
}
function originalId(resource) {
  return resource.previousIds[0] ?? currentId(resource);
}
function allIds(resource) {
  return [...resource.previousIds, currentId(resource)];
}
function resourcesWithAnyId(resources, id) {
  return resources.filter((resource) => allIds(resource).some((other) => sameResId(other, id)));
}
function storePreviousId(resource) {
  resource.previousIds.push(currentId(resource));
}

// src/kustomize-lite/accumulator.ts
function emptyAccumulator() {
  return { resources: [], config: defaultTransformerConfig(), vars: [] };
}
function idKeysOf(into) {
  return new Set(into.resources.map((existing) => resIdKey(currentId(existing))));
}
function appendResources(context, into, resources, kustomizationPath, present = idKeysOf(into)) {
  for (const resource of resources) {
    const id = currentId(resource);
    const key = resIdKey(id);
    if (present.has(key)) {
      report(context, kustomizationPath, `duplicate resource id ${describeResId(id)}`);
      continue;
    }
    present.add(key);
    into.resources.push(resource);
  }
}
function mergeAccumulator(context, into, child, kustomizationPath) {
  into.config = mergeTransformerConfigs(into.config, child.config);
  appendResources(context, into, child.resources, kustomizationPath);
  for (const variable of child.vars) {
    if (into.vars.some((existing) => existing.name === variable.name))
      report(context, kustomizationPath, `var '${variable.name}' already encountered`, {
        field: "vars"
      });
    else into.vars.push(variable);
  }
}

// src/kustomize-lite/resource-file.ts
function loadResourceFile(context, path, field, missingMessage) {
  const documents = loadDocuments(context, path, field, missingMessage);
  if (!documents) return void 0;
  const resources = [];
  documents.forEach((document, index) => {
    for (const object of expandDocument(context, path, document, index)) {
      resources.push(sharingWorkingResource(object, { kind: "file", path, document: index }));
    }
  });
  return resources;
}
function expandDocument(context, path, document, index) {
  if (document === null || document === void 0) return [];
  if (!isObject(document)) {
    report(context, path, `document ${index + 1} is not a mapping`);
    return [];
  }
  if (Object.keys(document).length === 0) return [];
  if ((stringField(document, "kind") ?? "").endsWith("List"))
    return listItems(context, path, document);
  return [document];
}
function listItems(context, path, list) {
  const items = list.items;
  if (items === void 0 || items === null) return [];
  if (!Array.isArray(items)) {
    report(context, path, `expected a list in ${String(list.kind)}/items`);
    return [];
  }
  return items.filter((item) => {
    if (isObject(item)) return true;
    report(context, path, `an item of ${String(list.kind)} is not a mapping`);
    return false;
  });
}

// src/kustomize-lite/configurations.ts
var fieldSpecLists = {
  namePrefix: "namePrefix",
  nameSuffix: "nameSuffix",
  namespace: "namespace",
  commonLabels: "commonLabels",
  templateLabels: "templateLabels",
  commonAnnotations: "commonAnnotations",
  images: "images",
  replicas: "replicas",
  varReference: "varReference"
};
function loadConfigurations(context, file) {
  const entries = Array.isArray(file.object.configurations) ? file.object.configurations : [];
  const paths = entries.flatMap(
    (entry) => typeof entry === "string" ? [joinPath(file.directory, entry)] : []
  );
  if (paths.length === 0) return {};
  const known = loaded.get(file.object);
  if (known && paths.every((path, index) => context.documentCache.get(path) === known.read[index]))
    return known.config;
  const problems = context.problems.length;
  let config = {};
  const read = paths.map((path) => {
    const documents = loadDocuments(context, path, "configurations");
    for (const document of documents ?? []) {
      if (!isObject(document)) continue;
      config = mergeConfigs(config, readConfiguration(context, path, document));
    }
    return documents;
  });
  if (context.problems.length === problems) loaded.set(file.object, { read, config });
  return config;
}
var loaded = /* @__PURE__ */ new WeakMap();
function mergeConfigs(a, b) {
  const empty = {
    namePrefix: [],
    nameSuffix: [],
    namespace: [],
    commonLabels: [],
    templateLabels: [],
    commonAnnotations: [],
    nameReference: [],
    images: [],
    replicas: [],
    varReference: []
  };
  return withoutEmptyLists(mergeTransformerConfigs(mergeTransformerConfigs(empty, a), b));
}
function withoutEmptyLists(config) {
  const entries = Object.entries(config).filter(([, list]) => list.length > 0);
  return Object.fromEntries(entries);
}
function readConfiguration(context, path, document) {
  const config = {};
  for (const [key, value] of Object.entries(document)) {
    const listKey = fieldSpecLists[key];
    if (listKey) config[listKey] = readFieldSpecs(value);
    else if (key === "nameReference") config.nameReference = readNameReferences(value);
    else {
      report(context, path, `transformer configuration '${key}' is not supported`, {
        field: key,
        severity: "warning"
      });
    }
  }
  return config;
}
function readFieldSpecs(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((entry) => {
    const path = stringField(entry, "path");
    if (!path) return [];
    const spec = { path, ...readGvk(entry) };
    if (entry.create === true) spec.create = true;
    return [spec];
  });
}
function readGvk(entry) {
  const gvk = {};
  for (const field of ["group", "version", "kind"]) {
    const value = stringField(entry, field);
    if (value) gvk[field] = value;
  }
  return gvk;
}
function readNameReferences(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((entry) => ({
    ...readGvk(entry),
    fieldSpecs: readFieldSpecs(entry.fieldSpecs)
  }));
}

// src/kustomize-lite/generators.ts
function runGenerators(context, file, into) {
  const globalOptions = readOptions(file.object.generatorOptions);
  for (const field of ["configMapGenerator", "secretGenerator"]) {
    const entries = file.object[field];
    if (entries === void 0 || entries === null) continue;
    if (!Array.isArray(entries)) {
      report(context, file.path, `${field} must be a list`, { field });
      continue;
    }
    for (const args of entries) {
      if (!isObject(args)) {
        report(context, file.path, `${field} entries must be mappings`, { field });
        continue;
      }
      const generated = generate(context, file, { field, args }, globalOptions);
      if (generated) absorb(context, file, into, generated);
    }
  }
}
function readOptions(value) {
  const options = isObject(value) ? value : {};
  return {
    labels: stringMap(options.labels),
    annotations: stringMap(options.annotations),
    disableNameSuffixHash: options.disableNameSuffixHash === true,
    immutable: options.immutable === true
  };
}
function stringMap(value) {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, String(entry)]));
}
function mergeOptions(local, global) {
  return {
    labels: { ...local.labels, ...global.labels },
    annotations: { ...local.annotations, ...global.annotations },
    disableNameSuffixHash: local.disableNameSuffixHash || global.disableNameSuffixHash,
    immutable: local.immutable || global.immutable
  };
}
function generate(context, file, spec, globalOptions) {
  const name = stringField(spec.args, "name") ?? "";
  const behavior = readBehavior(spec);
  const pairs2 = loadPairs(context, file, spec);
  if (!pairs2) return void 0;
  const options = mergeOptions(readOptions(spec.args.options), globalOptions);
  const object = spec.field === "configMapGenerator" ? configMap(pairs2) : secret(pairs2, spec.args);
  const metadata = { name };
  const namespace = stringField(spec.args, "namespace");
  if (namespace) metadata.namespace = namespace;
  if (Object.keys(options.labels).length > 0) metadata.labels = options.labels;
  if (Object.keys(options.annotations).length > 0) metadata.annotations = options.annotations;
  object.metadata = metadata;
  if (options.immutable) object.immutable = true;
  const resource = newWorkingResource(object, {
    kind: "generator",
    kustomization: file.path,
    generator: spec.field,
    name,
    nameSuffixHash: !options.disableNameSuffixHash,
    sources: sourceFiles(file, spec)
  });
  resource.generator = { behavior, needsHash: !options.disableNameSuffixHash };
  return resource;
}
function readBehavior(spec) {
  const behavior = spec.args.behavior;
  if (behavior === "merge" || behavior === "replace") return behavior;
  return "create";
}
function configMap(pairs2) {
  const data = {};
  const binaryData = {};
  for (const [key, value] of pairs2) {
    if (typeof value !== "string") binaryData[key] = wrappedBase64(value);
    else if (isValidUtf8Text(value)) data[key] = value;
    else binaryData[key] = wrappedBase64(Buffer.from(value, "latin1"));
  }
  const object = { apiVersion: "v1", kind: "ConfigMap" };
  if (Object.keys(data).length > 0) object.data = data;
  if (Object.keys(binaryData).length > 0) object.binaryData = binaryData;
  return object;
}
function secret(pairs2, args) {
  return {
    apiVersion: "v1",
    kind: "Secret",
    type: stringField(args, "type") || "Opaque",
    data: Object.fromEntries(pairs2.map(([key, value]) => [key, wrappedBase64(value)]))
  };
}
function wrappedBase64(value) {
  const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value);
  const encoded = bytes.toString("base64");
  const lineLength = 70;
  if (encoded.length < lineLength) return encoded;
  let wrapped = "";
  for (let start = 0; start < encoded.length; start += lineLength) {
    wrapped += `${encoded.slice(start, start + lineLength)}
`;
  }
  return wrapped;
}
function isValidUtf8Text(value) {
  return !value.includes("\uFFFD");
}
function loadPairs(context, file, spec) {
  const pairs2 = [];
  const envs = [...stringList(spec.args.envs), ...stringList(spec.args.env)];
  for (const env of envs) {
    const loaded2 = envFilePairs(context, file, spec, env);
    if (!loaded2) return void 0;
    pairs2.push(...loaded2);
  }
  for (const literal2 of stringList(spec.args.literals)) {
    const pair = literalPair(literal2);
    if (!pair) {
      report(context, file.path, `invalid literal '${literal2}', expected key=value`, {
        field: spec.field
      });
      return void 0;
    }
    pairs2.push(pair);
  }
  for (const source of stringList(spec.args.files)) {
    const pair = filePair(context, file, spec, source);
    if (!pair) return void 0;
    pairs2.push(pair);
  }
  return rejectDuplicateKeys(context, file, spec, pairs2);
}
function sourceFiles(file, spec) {
  const envs = [...stringList(spec.args.envs), ...stringList(spec.args.env)];
  const files = stringList(spec.args.files).map((source) => source.slice(source.indexOf("=") + 1));
  return [file.path, ...[...envs, ...files].map((relative) => joinPath(file.directory, relative))];
}
function stringList(value) {
  if (typeof value === "string") return value ? [value] : [];
  return Array.isArray(value) ? value.map((entry) => String(entry)) : [];
}
function literalPair(literal2) {
  const equals = literal2.indexOf("=");
  if (equals <= 0) return void 0;
  return [literal2.slice(0, equals), removeMatchingQuotes(literal2.slice(equals + 1))];
}
function removeMatchingQuotes(value) {
  if (value.length < 2) return value;
  const first = value[0];
  if ((first === '"' || first === "'") && value[value.length - 1] === first)
    return value.slice(1, -1);
  return value;
}
function filePair(context, file, spec, source) {
  const equals = source.indexOf("=");
  const key = equals >= 0 ? source.slice(0, equals) : basename(source);
  const relative = equals >= 0 ? source.slice(equals + 1) : source;
  if (!key || !relative) {
    report(context, file.path, `invalid file source '${source}'`, { field: spec.field });
    return void 0;
  }
  const content = readSource(context, joinPath(file.directory, relative));
  if (content === void 0) {
    report(
      context,
      file.path,
      `cannot read ${joinPath(file.directory, relative)} for ${spec.field}`,
      {
        field: spec.field
      }
    );
    return void 0;
  }
  return [key, content];
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readSource(context, path) {
  if (!context.fs.readBytes) return context.fs.readFile(path);
  const bytes = context.fs.readBytes(path);
  if (bytes === void 0) return void 0;
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes;
  }
}
function basename(path) {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
function envFilePairs(context, file, spec, relative) {
  const path = joinPath(file.directory, relative);
  const content = context.fs.readFile(path);
  if (content === void 0) {
    report(context, file.path, `cannot read env file ${path}`, { field: spec.field });
    return void 0;
  }
  const pairs2 = [];
  const lines = content.replace(/^\uFEFF/, "").split("\n");
  for (const rawLine of lines) {
    const line = rawLine.replace(/\r$/, "").replace(/^\s+/, "");
    if (line === "" || line.startsWith("#")) continue;
    const equals = line.indexOf("=");
    if (equals < 0) pairs2.push([line, ""]);
    else pairs2.push([line.slice(0, equals), line.slice(equals + 1)]);
  }
  return pairs2;
}
function rejectDuplicateKeys(context, file, spec, pairs2) {
  const seen = /* @__PURE__ */ new Set();
  for (const [key] of pairs2) {
    if (seen.has(key)) {
      report(context, file.path, `duplicate key '${key}' in ${spec.field}`, { field: spec.field });
      return void 0;
    }
    seen.add(key);
  }
  return pairs2;
}
function absorb(context, file, into, generated) {
  const id = currentId(generated);
  const matches = resourcesWithAnyId(into.resources, id);
  const behavior = generated.generator?.behavior ?? "create";
  if (matches.length === 0) {
    if (behavior === "create") appendResources(context, into, [generated], file.path);
    else report(context, file.path, `cannot ${behavior} ${describe(id)}: it does not exist`);
    return;
  }
  const existing = matches[0];
  if (matches.length > 1 || behavior === "create") {
    report(context, file.path, `${describe(id)} already exists; use behavior merge or replace`);
    return;
  }
  mergeInto(existing, generated, behavior);
}
function describe(id) {
  return `${id.kind} ${id.namespace ? `${id.namespace}/` : ""}${id.name}`;
}
function mergeInto(existing, generated, behavior) {
  const oldMetadata = isObject(existing.object.metadata) ? existing.object.metadata : {};
  const newMetadata = isObject(generated.object.metadata) ? generated.object.metadata : {};
  const metadata = { ...newMetadata };
  const labels = { ...mapOf(oldMetadata.labels), ...mapOf(newMetadata.labels) };
  const annotations2 = { ...mapOf(oldMetadata.annotations), ...mapOf(newMetadata.annotations) };
  setOrDelete(metadata, "labels", labels);
  setOrDelete(metadata, "annotations", annotations2);
  metadata.name = oldMetadata.name;
  if (oldMetadata.namespace === void 0) delete metadata.namespace;
  else metadata.namespace = oldMetadata.namespace;
  const object = { ...generated.object, metadata };
  if (behavior === "merge") {
    for (const field of ["data", "binaryData"]) {
      const merged = { ...mapOf(existing.object[field]), ...mapOf(generated.object[field]) };
      setOrDelete(object, field, merged);
    }
  }
  replaceObject(existing, object);
  const needsHash = (existing.generator?.needsHash ?? false) && (generated.generator?.needsHash ?? true);
  if (generated.generator) existing.generator = { ...generated.generator, needsHash };
  if (existing.origin.kind === "generator") {
    const added = generated.origin.kind === "generator" ? generated.origin.sources : [];
    const sources = behavior === "merge" ? [...existing.origin.sources, ...added] : added;
    existing.origin = { ...existing.origin, nameSuffixHash: needsHash, sources };
  }
}
function mapOf(value) {
  return isObject(value) ? value : {};
}
function setOrDelete(object, field, map2) {
  if (Object.keys(map2).length > 0) object[field] = map2;
  else delete object[field];
}

// src/kustomize-lite/field-path.ts
function splitFieldPath(path) {
  let segments = splitPaths.get(path);
  if (!segments) {
    segments = path.split(/(?<!\\)\//).map((segment) => segment.replace(/\\\//g, "/"));
    splitPaths.set(path, segments);
  }
  return segments;
}
var splitPaths = /* @__PURE__ */ new Map();
function fieldSpecSelects(spec, object) {
  if (!spec.kind && !spec.group && !spec.version) return true;
  const gvk = gvkOf(object);
  if (spec.kind && spec.kind !== gvk.kind) return false;
  if (spec.group && spec.group !== gvk.group) return false;
  if (spec.version && spec.version !== gvk.version) return false;
  return true;
}
function visitFieldSpec(object, spec, createKind, visit) {
  if (!fieldSpecSelects(spec, object)) return;
  const create = spec.create === true ? createKind : void 0;
  walk(object, splitFieldPath(spec.path), 0, create, visit);
}
function walk(node, segments, at, create, visit) {
  if (Array.isArray(node)) {
    for (const element of node) walk(element, segments, at, create, visit);
    return;
  }
  if (!isObject(node)) return;
  const segment = segments[at];
  if (segment === void 0) return;
  const last = at + 1 >= segments.length;
  const isList = segment.endsWith("[]");
  const key = isList ? segment.slice(0, -2) : segment;
  let value = node[key];
  if ((value === void 0 || value === null) && create && !isList) {
    value = last && create === "scalar" ? "" : {};
    node[key] = value;
  } else if (value === void 0) {
    return;
  }
  if (last) {
    visit({ holder: node, key });
    return;
  }
  walk(value, segments, at + 1, create, visit);
}
function editFieldSpec(resource, spec, createKind, visit) {
  if (!fieldSpecSelects(spec, resource.object)) return;
  if (!OWN_METADATA_FIELD.test(spec.path)) editable(resource);
  else if (isObject(resource.object.metadata)) editableMetadata(resource);
  visitFieldSpec(resource.object, spec, createKind, visit);
}
var OWN_METADATA_FIELD = /^metadata\/[^/\\[\]]+$/;
function hasField(object, spec) {
  let found = false;
  visitFieldSpec(object, { ...spec, create: false }, void 0, () => {
    found = true;
  });
  return found;
}

// src/kustomize-lite/images.ts
function applyImageOverride(resources, override, fieldSpecs) {
  const matcher = imageMatcher(override.name);
  const matches = (holder, key) => {
    const value = holder[key];
    return typeof value === "string" && matcher.test(value);
  };
  const update = (holder, key) => {
    if (matches(holder, key)) holder[key] = rewriteImage(holder[key], override);
  };
  for (const resource of resources) {
    let found = false;
    visitImages(resource.object, fieldSpecs, (holder, key) => {
      found ||= matches(holder, key);
    });
    if (found) visitImages(editable(resource), fieldSpecs, update);
  }
}
function visitImages(object, fieldSpecs, visit) {
  if (object.kind !== "CustomResourceDefinition") visitContainerImages(object, visit);
  for (const spec of fieldSpecs)
    visitFieldSpec(
      object,
      { ...spec, create: false },
      void 0,
      ({ holder, key }) => visit(holder, String(key))
    );
}
function imageMatcher(name) {
  try {
    return new RegExp(`^${name}(@sha256)?(:[a-zA-Z0-9_.{}-]*)?$`);
  } catch {
    return new RegExp(
      `^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(@sha256)?(:[a-zA-Z0-9_.{}-]*)?$`
    );
  }
}
function visitContainerImages(node, visit) {
  if (Array.isArray(node)) {
    for (const element of node) visitContainerImages(element, visit);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === "containers" || key === "initContainers") && Array.isArray(value)) {
      for (const container2 of value) {
        if (isObject(container2) && stringField(container2, "image") !== void 0)
          visit(container2, "image");
      }
    } else {
      visitContainerImages(value, visit);
    }
  }
}
function splitImage(image) {
  const slash = image.indexOf("/");
  const offset = slash > 0 ? slash : 0;
  const searched = image.slice(offset);
  const at = searched.indexOf("@");
  const colon = searched.indexOf(":");
  if (colon < 0 && at < 0) return { name: image, tag: "", digest: "" };
  if (at >= 0 && (at < colon || colon < 0)) {
    return { name: image.slice(0, at + offset), tag: "", digest: image.slice(at + offset + 1) };
  }
  if (at >= 0 && colon >= 0) {
    return {
      name: image.slice(0, colon + offset),
      tag: image.slice(colon + offset + 1, at + offset),
      digest: image.slice(at + offset + 1)
    };
  }
  return { name: image.slice(0, colon + offset), tag: image.slice(colon + offset + 1), digest: "" };
}
function rewriteImage(image, override) {
  let { name, tag, digest } = splitImage(image);
  if (override.newName) name = override.newName;
  if (override.newTag && override.digest) {
    tag = override.newTag;
    digest = override.digest;
  } else if (override.newTag) {
    tag = override.newTag;
    digest = "";
  } else if (override.digest) {
    tag = "";
    digest = override.digest;
  }
  return `${name}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`;
}

// src/kustomize-lite/metadata-maps.ts
function setMapEntries(resources, entries, fieldSpecs) {
  const keys = Object.keys(entries);
  if (keys.length === 0) return;
  for (const resource of resources) {
    for (const spec of fieldSpecs) {
      editFieldSpec(resource, spec, "map", ({ holder, key }) => {
        const record = holder;
        const value = record[key] === null ? {} : record[key];
        if (!isObject(value)) return;
        const map2 = resource.owns === "all" ? value : shallowCopyKeepingNullMarks(value);
        for (const entryKey of keys) map2[entryKey] = entries[entryKey];
        record[key] = map2;
      });
    }
  }
}

// src/kustomize-lite/name-affixes.ts
function keepsItsName(resource) {
  const { kind, group } = originalId(resource);
  return kind === "CustomResourceDefinition" || kind === "Namespace" || kind === "APIService" && group === "apiregistration.k8s.io";
}
function applyNameAffixes(resources, prefix, suffix, fieldSpecs) {
  if (!prefix && !suffix) return;
  for (const resource of resources) {
    if (keepsItsName(resource)) continue;
    for (const spec of fieldSpecs) {
      if (!gvkSelectedBy(originalId(resource), spec)) continue;
      if (spec.path === "metadata/name") recordAffixes(resource, prefix, suffix);
      editFieldSpec(resource, spec, void 0, ({ holder, key }) => {
        const record = holder;
        if (typeof record[key] === "string") record[key] = `${prefix}${record[key]}${suffix}`;
      });
    }
  }
}
function recordAffixes(resource, prefix, suffix) {
  if (prefix) resource.prefixes.push(prefix);
  if (suffix) resource.suffixes.push(suffix);
  if (prefix || suffix) storePreviousId(resource);
}

// src/kustomize-lite/namespace.ts
var roleBindingKinds = /* @__PURE__ */ new Set(["RoleBinding", "ClusterRoleBinding"]);
function applyNamespace(resources, namespace, fieldSpecs) {
  if (!namespace) return;
  for (const resource of resources) {
    if (Object.keys(resource.object).length === 0) continue;
    storePreviousId(resource);
    const gvk = gvkOf(resource.object);
    if (!isClusterScoped(gvk)) editableMetadata(resource).namespace = namespace;
    const isRoleBinding = roleBindingKinds.has(gvk.kind);
    if (isRoleBinding) setDefaultSubjectNamespaces(resource, namespace);
    for (const spec of fieldSpecs) {
      if (spec.path === "metadata/namespace") continue;
      if (isRoleBinding && spec.path === "subjects") continue;
      editFieldSpec(resource, spec, "scalar", ({ holder, key }) => {
        ;
        holder[key] = namespace;
      });
    }
  }
}
function setDefaultSubjectNamespaces(resource, namespace) {
  if (!Array.isArray(resource.object.subjects)) return;
  const subjects = editable(resource).subjects;
  for (const subject of subjects) {
    if (isObject(subject) && subject.name === "default") subject.namespace = namespace;
  }
}

// src/kustomize-lite/patch/values.ts
function isEmptyMap(value) {
  return isObject(value) && Object.keys(value).length === 0;
}
function deepEqual(left, right) {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => deepEqual(item, right[index]));
  }
  if (isObject(left) && isObject(right)) {
    const leftKeys = Object.keys(left);
    if (leftKeys.length !== Object.keys(right).length) return false;
    return leftKeys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]));
  }
  return false;
}
function scalarText(value) {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return "";
}
function replaceContents(list, items) {
  list.splice(0, list.length, ...items);
}

// src/kustomize-lite/patch/associative-list.ts
function mergeAssociativeList(merge2) {
  if (merge2.keys.length === 0) {
    return setElements(merge2, primitiveValues(merge2), [""]);
  }
  const keys = [...merge2.keys];
  return setElements(merge2, keyValuesOfAllElements(merge2, keys), keys);
}
function sourcesInPrependOrder(merge2) {
  return merge2.origin ? [merge2.origin, merge2.target] : [merge2.target];
}
function keyValuesOf(element, keys) {
  return keys.map((key) => {
    if (!isObject(element)) return "";
    const value = element[key];
    return value === void 0 || value === null ? "" : scalarText(value);
  });
}
function keyValuesOfAllElements(merge2, keys) {
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  for (const source of sourcesInPrependOrder(merge2)) {
    for (const element of source) {
      const values = keyValuesOf(element, keys);
      const identity = JSON.stringify(values);
      if (seen.has(identity)) continue;
      seen.add(identity);
      all.push(values);
    }
  }
  return all;
}
function primitiveValues(merge2) {
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  for (const source of sourcesInPrependOrder(merge2)) {
    for (const element of source) {
      const value = scalarText(element);
      if (seen.has(value)) continue;
      seen.add(value);
      all.push([value]);
    }
  }
  return all;
}
function setElements(merge2, valuesList, keys) {
  const itemsToAdd = [];
  const unifiedValues = keys.length > 1 ? unifyPartialKeyValues(valuesList) : valuesList;
  let validKeys = keys;
  for (const values of unifiedValues) {
    if (values.length === 0) continue;
    const valid = keysWithValues(unifiedValues, values, keys);
    validKeys = valid.keys;
    const merged = merge2.mergeElements(
      findElement(merge2.target, valid.keys, valid.values),
      merge2.origin ? findElement(merge2.origin, valid.keys, valid.values) : void 0
    );
    if (merged === void 0 || merged === null || isEmptyMap(merged)) {
      setElement(merge2.target, { keys: valid.keys, values: valid.values });
      continue;
    }
    restoreMissingKeys(merged, valid.keys, valid.values);
    setElement(itemsToAdd, { element: merged, keys: valid.keys, values: valid.values });
  }
  if (unifiedValues.length === 0) return merge2.target;
  appendElements(itemsToAdd, merge2.target, validKeys);
  return itemsToAdd;
}
function restoreMissingKeys(element, keys, values) {
  if (!isObject(element)) return;
  keys.forEach((key, index) => {
    const value = values[index] ?? "";
    if (key !== "" && !Object.hasOwn(element, key) && value !== "") element[key] = value;
  });
}
function unifyPartialKeyValues(valuesList) {
  const unified = [...valuesList];
  unified.forEach((first, i) => {
    unified.forEach((second, j) => {
      const combined = combineIfCompatible(first, second);
      if (!combined) return;
      unified[i] = combined;
      unified[j] = combined;
    });
  });
  return unified;
}
function combineIfCompatible(first, second) {
  if (first.length !== second.length) return void 0;
  let shareOne = false;
  const combined = [];
  for (let index = 0; index < first.length; index++) {
    const a = first[index] ?? "";
    const b = second[index] ?? "";
    if (a === b) shareOne = true;
    else if (a !== "" && b !== "") return void 0;
    combined.push(a !== "" ? a : b);
  }
  return shareOne ? combined : void 0;
}
function keysWithValues(valuesList, values, keys) {
  const usedKeys = /* @__PURE__ */ new Set();
  for (const candidate of valuesList) {
    candidate.forEach((value, index) => {
      if (value !== "") usedKeys.add(keys[index] ?? "");
    });
  }
  if (usedKeys.size === 0) return { keys, values };
  return {
    keys: keys.filter((key) => usedKeys.has(key)),
    values: values.filter((value, index) => value !== "" || usedKeys.has(keys[index] ?? ""))
  };
}
function findElement(list, keys, values) {
  const valid = keysWithValues([values], values, keys);
  if ((valid.keys[0] ?? "") === "") {
    return list.find((element) => scalarText(element) === (valid.values[0] ?? ""));
  }
  return list.find(
    (element) => isObject(element) && valid.keys.every(
      (key, index) => Object.hasOwn(element, key) && scalarText(element[key]) === (valid.values[index] ?? "")
    )
  );
}
function fieldMatches(element, key, value) {
  if (element === null || element === void 0) return false;
  if (key === "")
    return !isObject(element) && !Array.isArray(element) && scalarText(element) === value;
  if (!isObject(element) || !Object.hasOwn(element, key)) return false;
  return value === "" || scalarText(element[key]) === value;
}
function setElement(list, setting) {
  const keys = setting.keys.length === 0 ? [""] : setting.keys;
  const { values, element } = setting;
  const settingMapping = (keys[0] ?? "") !== "" && values.length > 0 && (values[0] ?? "") !== "";
  const kept = [];
  let matchedOne = false;
  for (const candidate of list) {
    if (candidate === null || candidate === void 0 || isEmptyMap(candidate)) continue;
    if (!isObject(candidate) && settingMapping) {
      kept.push(candidate);
      continue;
    }
    if (!matchesAllGivenValues(candidate, keys, values)) {
      if (values.length > 0) kept.push(candidate);
      continue;
    }
    matchedOne = true;
    if (element !== void 0) kept.push(element);
  }
  replaceContents(list, kept);
  if (element === void 0 || element === null) return;
  if (!matchedOne) list.push(element);
}
function matchesAllGivenValues(candidate, keys, values) {
  if (values.length === 0) return false;
  return keys.every(
    (key, index) => index >= values.length || fieldMatches(candidate, key, values[index] ?? "")
  );
}
function appendElements(into, from, keys) {
  for (const element of [...from]) {
    if ((keys[0] ?? "") === "") {
      setElement(into, { element, keys: [""], values: [scalarText(element)] });
      continue;
    }
    const values = [];
    for (const key of keys) {
      if (!isObject(element) || !Object.hasOwn(element, key)) {
        into.push(element);
        continue;
      }
      values.push(scalarText(element[key]));
    }
    if (keys.length > 1) setElement(into, { keys, values });
    setElement(into, { element, keys, values });
  }
}

// src/kustomize-lite/patch/schema.ts
var mergedBy = (keys, type2) => type2 ? { type: type2, listMerge: { keys } } : { listMerge: { keys } };
var objectMeta = {
  fields: { finalizers: mergedBy([]), ownerReferences: mergedBy(["uid"]) }
};
var container = {
  fields: {
    // The merge key is containerPort, but the list-map keys (containerPort, protocol) decide.
    ports: mergedBy(["containerPort", "protocol"]),
    env: mergedBy(["name"]),
    volumeMounts: mergedBy(["mountPath"]),
    volumeDevices: mergedBy(["devicePath"])
  }
};
var podSpec = {
  fields: {
    containers: mergedBy(["name"], container),
    initContainers: mergedBy(["name"], container),
    ephemeralContainers: mergedBy(["name"], container),
    volumes: mergedBy(["name"]),
    imagePullSecrets: mergedBy(["name"]),
    hostAliases: mergedBy(["ip"]),
    topologySpreadConstraints: mergedBy(["topologyKey", "whenUnsatisfiable"])
  }
};
var podTemplateSpec = {
  fields: { metadata: { type: objectMeta }, spec: { type: podSpec } }
};
var withMetadata = (spec, extra = {}) => ({
  fields: { metadata: { type: objectMeta }, ...spec ? { spec: { type: spec } } : {}, ...extra }
});
var templateOwnerSpec = { fields: { template: { type: podTemplateSpec } } };
var templateOwner = withMetadata(templateOwnerSpec);
var cronJob = withMetadata({
  fields: { jobTemplate: { type: { fields: { spec: { type: templateOwnerSpec } } } } }
});
var service = withMetadata({ fields: { ports: mergedBy(["port", "protocol"]) } });
var serviceAccount = withMetadata(void 0, { secrets: mergedBy(["name"]) });
var webhookConfiguration = withMetadata(void 0, { webhooks: mergedBy(["name"]) });
var metadataOnly = withMetadata();
var KINDS_WITH_ONLY_METADATA = {
  v1: [
    "ConfigMap",
    "Secret",
    "Namespace",
    "PersistentVolumeClaim",
    "PersistentVolume",
    "LimitRange",
    "ResourceQuota",
    "Endpoints",
    "Node",
    "Event"
  ],
  "networking.k8s.io/v1": ["Ingress", "IngressClass", "NetworkPolicy"],
  "networking.k8s.io/v1beta1": ["Ingress", "IngressClass"],
  "extensions/v1beta1": ["Ingress"],
  "rbac.authorization.k8s.io/v1": ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"],
  "rbac.authorization.k8s.io/v1beta1": ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"],
  "autoscaling/v1": ["HorizontalPodAutoscaler"],
  "autoscaling/v2beta1": ["HorizontalPodAutoscaler"],
  "autoscaling/v2beta2": ["HorizontalPodAutoscaler"],
  "policy/v1": ["PodDisruptionBudget"],
  "policy/v1beta1": ["PodDisruptionBudget", "PodSecurityPolicy"],
  "storage.k8s.io/v1": ["StorageClass", "CSIDriver", "CSINode", "VolumeAttachment"],
  "scheduling.k8s.io/v1": ["PriorityClass"],
  "apiextensions.k8s.io/v1": ["CustomResourceDefinition"],
  "apiregistration.k8s.io/v1": ["APIService"],
  "coordination.k8s.io/v1": ["Lease"],
  "discovery.k8s.io/v1": ["EndpointSlice"],
  "discovery.k8s.io/v1beta1": ["EndpointSlice"],
  "node.k8s.io/v1": ["RuntimeClass"],
  "certificates.k8s.io/v1": ["CertificateSigningRequest"]
};
var KINDS_WITH_SCHEMA = {
  v1: {
    Pod: withMetadata(podSpec),
    PodTemplate: withMetadata(void 0, { template: { type: podTemplateSpec } }),
    ReplicationController: templateOwner,
    Service: service,
    ServiceAccount: serviceAccount
  },
  "apps/v1": {
    Deployment: templateOwner,
    StatefulSet: templateOwner,
    DaemonSet: templateOwner,
    ReplicaSet: templateOwner,
    ControllerRevision: metadataOnly
  },
  "batch/v1": { Job: templateOwner, CronJob: cronJob },
  "batch/v1beta1": { CronJob: cronJob },
  "admissionregistration.k8s.io/v1": {
    MutatingWebhookConfiguration: webhookConfiguration,
    ValidatingWebhookConfiguration: webhookConfiguration
  },
  "admissionregistration.k8s.io/v1beta1": {
    MutatingWebhookConfiguration: webhookConfiguration,
    ValidatingWebhookConfiguration: webhookConfiguration
  }
};
function schemaForResourceType(apiVersion, kind) {
  const known = KINDS_WITH_SCHEMA[apiVersion]?.[kind];
  if (known) return { type: known };
  if (KINDS_WITH_ONLY_METADATA[apiVersion]?.includes(kind)) return { type: metadataOnly };
  return void 0;
}
var OPAQUE = { type: { fields: {} } };
function fieldSchema(schema3, field) {
  if (!schema3) return void 0;
  return schema3.type?.fields[field] ?? OPAQUE;
}
function elementSchema(schema3) {
  if (!schema3) return void 0;
  return schema3.type ? { type: schema3.type } : OPAQUE;
}

// src/kustomize-lite/patch/strategic-merge.ts
var DIRECTIVE = "$patch";
function applyStrategicMergePatch(target, patch) {
  const destination = cloneKeepingNullMarks(target);
  const merged = mergeNodes(destination, deepClone(patch), void 0);
  if (merged === void 0) return {};
  keepIdentityOf(target, destination);
  return destination;
}
function keepIdentityOf(original, patched) {
  if (original.kind !== void 0) patched.kind = original.kind;
  if (original.apiVersion !== void 0) patched.apiVersion = original.apiVersion;
  const originalMetadata = isObject(original.metadata) ? original.metadata : {};
  if (!isObject(patched.metadata)) return;
  for (const field of ["name", "namespace"]) {
    if (originalMetadata[field] === void 0) delete patched.metadata[field];
    else patched.metadata[field] = originalMetadata[field];
  }
}
function mergeNodes(dest, origin, schema3) {
  const nodeSchema = schema3 ?? schemaFromTypeMeta(dest, origin);
  switch (nodeKind(dest, origin)) {
    case "list":
      return mergeList(dest, origin, nodeSchema);
    case "scalar":
      return mergeScalar(dest, origin);
    default:
      return mergeMap(dest, origin, nodeSchema);
  }
}
function kindOf(value) {
  if (value === void 0 || value === null) return "none";
  if (Array.isArray(value)) return "list";
  return isObject(value) ? "map" : "scalar";
}
function nodeKind(dest, origin) {
  const destKind = kindOf(dest);
  const originKind = kindOf(origin);
  if (destKind !== "none" && originKind !== "none" && destKind !== originKind) {
    throw new Error(
      `strategic merge patch: cannot merge a ${originKind} into a ${destKind} (kustomize refuses it too)`
    );
  }
  return destKind === "none" ? originKind : destKind;
}
function schemaFromTypeMeta(...sources) {
  for (const source of sources) {
    if (!isObject(source)) continue;
    const { apiVersion, kind } = source;
    if (typeof apiVersion !== "string" || typeof kind !== "string") continue;
    if (apiVersion === "" || kind === "") continue;
    const schema3 = schemaForResourceType(apiVersion, kind);
    if (schema3) return schema3;
  }
  return void 0;
}
function mergeScalar(dest, origin) {
  if (origin === null) return void 0;
  return origin !== void 0 ? origin : dest;
}
function mergeMap(dest, origin, schema3) {
  const target = chooseMapTarget(dest, origin);
  if (!isObject(target)) return target;
  if (!isObject(origin)) return mergeUnpatched(target, schema3);
  for (const key of sortedFieldNames(target, origin)) {
    const value = origin[key];
    if (value === void 0) dropEmptyValues(target, key, schema3);
    else setField(target, key, mergeNodes(target[key], value, fieldSchema(schema3, key)));
  }
  return target;
}
function mergeUnpatched(node, schema3) {
  if (Array.isArray(node)) return schema3?.listMerge ? mergeList(node, void 0, schema3) : node;
  if (!isObject(node)) return node;
  const nodeSchema = schema3 ?? schemaFromTypeMeta(node);
  for (const key of Object.keys(node)) dropEmptyValues(node, key, nodeSchema);
  return node;
}
function dropEmptyValues(target, key, schema3) {
  const value = target[key];
  if (value === void 0) {
    delete target[key];
  } else if (value === null) {
    if (!isTextualNull(target, key)) delete target[key];
  } else if (typeof value === "object") {
    const merged = mergeUnpatched(value, fieldSchema(schema3, key));
    if (merged !== value) setField(target, key, merged);
  }
}
function chooseMapTarget(dest, origin) {
  if (dest === void 0 || dest === null) {
    if (isObject(origin) && takeMapDirective(origin) === "delete") return void 0;
    if (origin === void 0 && dest === null) return null;
    return origin === null ? void 0 : origin;
  }
  if (origin === null) return void 0;
  const directive = isObject(origin) ? takeMapDirective(origin) : "merge";
  if (directive === "delete") return void 0;
  return directive === "replace" ? origin : dest;
}
function sortedFieldNames(target, origin) {
  const names = new Set(Object.keys(target));
  for (const key of Object.keys(origin ?? {})) names.add(key);
  return [...names].sort();
}
function setField(map2, key, value) {
  if (value === void 0) delete map2[key];
  else map2[key] = value;
}
function mergeList(dest, origin, schema3) {
  if (!schema3?.listMerge) return origin === null ? void 0 : origin !== void 0 ? origin : dest;
  const target = chooseListTarget(dest, origin);
  if (!Array.isArray(target)) return target;
  return mergeAssociativeList({
    target,
    origin: Array.isArray(origin) ? origin : void 0,
    keys: schema3.listMerge.keys,
    mergeElements: (destElement, originElement) => mergeNodes(destElement, originElement, elementSchema(schema3))
  });
}
function chooseListTarget(dest, origin) {
  if (dest === void 0 || dest === null) return origin;
  if (origin === null) return void 0;
  const directive = Array.isArray(origin) ? takeListDirective(origin) : "merge";
  if (directive === "delete") return void 0;
  return directive === "replace" ? origin : dest;
}
function parseDirective(value) {
  if (value === "merge" || value === "replace" || value === "delete") return value;
  throw new Error(`strategic merge patch: unknown patch strategy '${String(value)}'`);
}
function takeMapDirective(origin) {
  if (!Object.hasOwn(origin, DIRECTIVE)) return "merge";
  const directive = parseDirective(origin[DIRECTIVE]);
  delete origin[DIRECTIVE];
  return directive;
}
function takeListDirective(origin) {
  const holder = origin.find((element) => isObject(element) && Object.hasOwn(element, DIRECTIVE));
  if (!isObject(holder) || Object.keys(holder).length > 1) return "merge";
  const directive = parseDirective(holder[DIRECTIVE]);
  const kept = origin.filter(
    (element) => element !== null && element !== void 0 && !(isObject(element) && Object.keys(element).length === 0) && !(isObject(element) && element[DIRECTIVE] === directive)
  );
  origin.splice(0, origin.length, ...kept);
  return directive;
}

// src/kustomize-lite/patch/json6902.ts
function applyJson6902(target, operations) {
  let document = deepClone(target);
  operations.forEach((raw, index) => {
    const operation = readOperation(raw, index);
    try {
      document = applyOperation(document, operation);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `json patch operation ${index} (${operation.op} ${operation.path}): ${reason}`
      );
    }
  });
  if (!isObject(document)) {
    throw new Error("json patch: the patched document is no longer an object");
  }
  return document;
}
function isJson6902Patch(parsed) {
  return Array.isArray(parsed) && parsed.every((operation) => isObject(operation));
}
function readOperation(raw, index) {
  if (!isObject(raw)) throw new Error(`json patch operation ${index} is not an object`);
  const { op, path, from } = raw;
  if (typeof op !== "string") throw new Error(`json patch operation ${index} has no 'op'`);
  if (typeof path !== "string") throw new Error(`json patch operation ${index} has no 'path'`);
  if (from !== void 0 && typeof from !== "string") {
    throw new Error(`json patch operation ${index}: 'from' must be a string`);
  }
  return Object.hasOwn(raw, "value") ? { op, path, from, value: raw.value } : { op, path, from };
}
function applyOperation(document, operation) {
  switch (operation.op) {
    case "add":
      return add(document, operation.path, valueOf(operation));
    case "remove":
      return remove(document, operation.path).document;
    case "replace":
      return replace(document, operation.path, valueOf(operation));
    case "move":
      return move(document, requireFrom(operation), operation.path);
    case "copy":
      return add(document, operation.path, deepClone(getOrNull(document, requireFrom(operation))));
    case "test":
      test(document, operation.path, operation.value);
      return document;
    default:
      throw new Error(`unknown operation '${operation.op}'`);
  }
}
function valueOf(operation) {
  return "value" in operation ? deepClone(operation.value) : null;
}
function requireFrom(operation) {
  if (operation.from === void 0) throw new Error(`'${operation.op}' needs a 'from'`);
  return operation.from;
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`invalid JSON pointer '${pointer}'`);
  return pointer.slice(1).split("/").map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function locate(document, pointer) {
  const tokens = parsePointer(pointer);
  const token = tokens.pop();
  if (token === void 0) throw new Error("the whole document cannot be the target");
  let parent = document;
  for (const step of tokens) {
    parent = childOf(parent, step);
    if (parent === void 0) throw new Error(`path '${pointer}' not found`);
  }
  if (!isObject(parent) && !Array.isArray(parent)) {
    throw new Error(`path '${pointer}' not found: its parent is not an object or a list`);
  }
  return { parent, token };
}
function childOf(container2, token) {
  if (Array.isArray(container2)) {
    const index = parseIndex(token, container2.length, false);
    return container2[index];
  }
  if (isObject(container2) && Object.hasOwn(container2, token)) return container2[token];
  return void 0;
}
function parseIndex(token, length, forInsert) {
  if (!/^-?\d+$/.test(token)) throw new Error(`'${token}' is not a list index`);
  const positions = forInsert ? length + 1 : length;
  let index = Number(token);
  if (index < 0) index += positions;
  if (index < 0 || index >= positions) {
    throw new Error(`index ${token} is out of range (length ${length})`);
  }
  return index;
}
function getOrNull(document, pointer) {
  if (pointer === "") return document;
  const { parent, token } = locate(document, pointer);
  if (Array.isArray(parent)) return childOf(parent, token);
  return Object.hasOwn(parent, token) ? parent[token] : null;
}
function lookup(document, pointer) {
  try {
    let value = document;
    for (const token of parsePointer(pointer)) value = childOf(value, token);
    return value;
  } catch {
    return void 0;
  }
}
function add(document, pointer, value) {
  if (pointer === "") return value;
  const { parent, token } = locate(document, pointer);
  if (Array.isArray(parent)) {
    const index = token === "-" ? parent.length : parseIndex(token, parent.length, true);
    parent.splice(index, 0, value);
  } else {
    parent[token] = value;
  }
  return document;
}
function remove(document, pointer) {
  const { parent, token } = locate(document, pointer);
  if (Array.isArray(parent)) {
    const index = parseIndex(token, parent.length, false);
    const [removed2] = parent.splice(index, 1);
    return { document, removed: removed2 };
  }
  if (!Object.hasOwn(parent, token)) throw new Error(`path '${pointer}' not found`);
  const removed = parent[token];
  delete parent[token];
  return { document, removed };
}
function replace(document, pointer, value) {
  if (pointer === "") return value;
  const { parent, token } = locate(document, pointer);
  if (Array.isArray(parent)) {
    parent[parseIndex(token, parent.length, false)] = value;
  } else {
    parent[token] = value;
  }
  return document;
}
function move(document, from, pointer) {
  if (from === pointer) return document;
  if (pointer.startsWith(`${from}/`)) throw new Error(`cannot move '${from}' into itself`);
  const { removed } = remove(document, from);
  return add(document, pointer, removed);
}
function test(document, pointer, expected) {
  const actual = lookup(document, pointer);
  if (actual === void 0 && (expected === null || expected === void 0)) return;
  if (!deepEqual(actual, expected)) {
    const found = actual === void 0 ? "nothing" : JSON.stringify(actual);
    throw new Error(`test failed: expected ${JSON.stringify(expected)}, found ${found}`);
  }
}

// src/kustomize-lite/patch/index.ts
function applyStrategicMergePatch2(target, patch) {
  return applyStrategicMergePatch(target, patch);
}
function applyJson69022(target, operations) {
  return applyJson6902(target, operations);
}
function isJson6902Patch2(parsed) {
  return isJson6902Patch(parsed);
}
function deletesResource(patch) {
  return patch.$patch === "delete";
}

// src/kustomize-lite/label-selector.ts
function parseLabelSelector(selector) {
  const requirements = splitRequirements(selector.trim());
  const predicates = [];
  for (const requirement of requirements) {
    const predicate = parseRequirement(requirement.trim());
    if (!predicate) return void 0;
    predicates.push(predicate);
  }
  return (labels) => predicates.every((predicate) => predicate(labels));
}
function splitRequirements(selector) {
  if (selector === "") return [];
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < selector.length; index++) {
    const character = selector[index];
    if (character === "(") depth++;
    else if (character === ")") depth--;
    else if (character === "," && depth === 0) {
      parts.push(selector.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(selector.slice(start));
  return parts;
}
function parseRequirement(text) {
  const setMatch = /^([^\s!=()]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(text);
  if (setMatch) {
    const [, key = "", operator, list = ""] = setMatch;
    const values = new Set(list.split(",").map((value) => value.trim()));
    return operator === "in" ? (labels) => typeof labels[key] === "string" && values.has(labels[key]) : (labels) => !(typeof labels[key] === "string" && values.has(labels[key]));
  }
  const comparison = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=()]*)$/.exec(text);
  if (comparison) {
    const [, key = "", operator, value = ""] = comparison;
    return operator === "!=" ? (labels) => labels[key] !== value : (labels) => labels[key] === value;
  }
  const absence = /^!\s*([^\s!=()]+)$/.exec(text);
  if (absence) return (labels) => !(absence[1] in labels);
  const existence = /^([^\s!=()]+)$/.exec(text);
  if (existence) return (labels) => existence[1] in labels;
  return void 0;
}

// src/kustomize-lite/selector.ts
function readSelector(value) {
  if (!isObject(value)) return void 0;
  const selector = {};
  for (const field of [
    "group",
    "version",
    "kind",
    "name",
    "namespace",
    "labelSelector",
    "annotationSelector"
  ]) {
    const text = stringField(value, field);
    if (text !== void 0) selector[field] = text;
  }
  return selector;
}
function compileSelector(selector) {
  try {
    const pattern = (text) => text ? LITERAL.test(text) ? literal(text.replace(/\\(.)/g, "$1")) : new RegExp(`^(?:${text})$`) : void 0;
    const name = pattern(selector.name);
    const namespace = pattern(selector.namespace);
    const group = pattern(selector.group);
    const version = pattern(selector.version);
    const kind = pattern(selector.kind);
    const labels = compileMapSelector(selector.labelSelector);
    const annotations2 = compileMapSelector(selector.annotationSelector);
    if (labels === null || annotations2 === null) return "invalid label or annotation selector";
    return (resource) => {
      const current = currentId(resource);
      if (kind && !kind.test(current.kind)) return false;
      if (group && !group.test(current.group)) return false;
      if (version && !version.test(current.version)) return false;
      if (name && !name.test(current.name) && !name.test(originalId(resource).name)) return false;
      if (namespace && !namespace.test(effectiveNamespace(current)) && !namespace.test(effectiveNamespace(originalId(resource)))) {
        return false;
      }
      if (labels && !labels(metadataMap(resource.object, "labels"))) return false;
      if (annotations2 && !annotations2(metadataMap(resource.object, "annotations"))) return false;
      return true;
    };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
var LITERAL = /^(?:[\w-]|\\[.*+?^${}()|[\]\\])+$/;
function literal(text) {
  return { test: (value) => value === text };
}
function compileMapSelector(text) {
  if (!text) return void 0;
  return parseLabelSelector(text) ?? null;
}
function effectiveNamespace(id) {
  if (isClusterScoped(id)) return "_non_namespaceable_";
  return id.namespace || "default";
}
function metadataMap(object, field) {
  const metadata = object.metadata;
  if (!isObject(metadata)) return {};
  const map2 = metadata[field];
  return isObject(map2) ? map2 : {};
}

// src/kustomize-lite/patches.ts
function applyPatchesStrategicMerge(context, file, into) {
  const entries = file.object.patchesStrategicMerge;
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    if (typeof entry !== "string") {
      report(context, file.path, "patchesStrategicMerge entries must be strings", {
        field: "patchesStrategicMerge"
      });
      continue;
    }
    const path = joinPath(file.directory, entry);
    const fromFile = context.fs.readFile(path) !== void 0;
    const source = { path: fromFile ? path : file.path, field: "patchesStrategicMerge" };
    const documents = fromFile ? loadDocuments(context, path, source.field) : parseInline(context, entry, source);
    if (!documents) continue;
    for (const patch of documents.filter(isObject))
      applyPatchToItsResource(context, into, patch, source);
  }
}
function applyPatchToItsResource(context, into, patch, source) {
  const id = resIdOf(patch);
  const matches = resourcesWithAnyId(into.resources, id);
  if (matches.length !== 1) {
    const problem = matches.length === 0 ? "no resource matches" : "several resources match";
    report(context, source.path, `${problem} the patch for ${id.kind} ${id.name}`, {
      field: source.field
    });
    return;
  }
  applyStrategicPatches(context, into, matches, [patch], false, source);
}
function applyPatchList(context, file, into, field) {
  for (const entry of listField(file.object[field]))
    applyPatchEntry(context, file, into, entry, field);
}
function listField(value) {
  return Array.isArray(value) ? value : [];
}
function applyPatchEntry(context, file, into, entry, field) {
  if (!isObject(entry)) {
    report(context, file.path, `${field} entries must be mappings`, { field });
    return;
  }
  const loaded2 = loadPatchContent(context, file, entry, field);
  if (!loaded2) return;
  const { content, source } = loaded2;
  const selector = readSelector(entry.target);
  const options = isObject(entry.options) ? entry.options : {};
  if (content.kind === "json6902") {
    if (!selector) {
      report(context, source.path, "a JSON 6902 patch needs a target", { field });
      return;
    }
    const targets = selectTargets(context, into, selector, source);
    for (const target of targets) applyOperations(context, target, content.operations, source);
    return;
  }
  const allowNameChange = options.allowNameChange === true;
  if (selector) {
    if (content.patches.length > 1) {
      report(context, source.path, "a patch with a target must hold one document", { field });
      return;
    }
    const targets = selectTargets(context, into, selector, source);
    applyStrategicPatches(context, into, targets, content.patches, allowNameChange, source);
    return;
  }
  for (const patch of content.patches) {
    const targets = selectTargets(context, into, selectorOfPatch(patch), source);
    if (targets.length === 0) {
      const id = resIdOf(patch);
      report(context, source.path, `no resource matches the patch for ${id.kind} ${id.name}`, {
        field
      });
      continue;
    }
    applyStrategicPatches(context, into, targets, [patch], allowNameChange, source);
  }
}
function selectorOfPatch(patch) {
  const gvk = gvkOf(patch);
  const selector = { name: escapeRegExp(nameOf(patch)) };
  const namespace = namespaceOf(patch);
  if (namespace) selector.namespace = escapeRegExp(namespace);
  if (gvk.group) selector.group = escapeRegExp(gvk.group);
  if (gvk.version) selector.version = escapeRegExp(gvk.version);
  if (gvk.kind) selector.kind = escapeRegExp(gvk.kind);
  return selector;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function selectTargets(context, into, selector, source) {
  const matcher = compileSelector(selector);
  if (typeof matcher === "string") {
    report(context, source.path, `invalid patch target: ${matcher}`, { field: source.field });
    return [];
  }
  return into.resources.filter(matcher);
}
function loadPatchContent(context, file, entry, field) {
  const inline = stringField(entry, "patch");
  const relativePath = stringField(entry, "path");
  if ((inline === void 0 || inline.trim() === "") === (relativePath === void 0)) {
    report(context, file.path, `each ${field} entry needs exactly one of 'patch' and 'path'`, {
      field
    });
    return void 0;
  }
  const source = relativePath ? { path: joinPath(file.directory, relativePath), field } : { path: file.path, field };
  const documents = relativePath ? loadDocuments(context, source.path, field) : parseInline(context, inline ?? "", source);
  if (!documents) return void 0;
  const content = classify(documents, field === "patchesJson6902");
  if (!content) {
    report(context, source.path, "cannot read a strategic merge or JSON 6902 patch", { field });
    return void 0;
  }
  return { content, source };
}
function classify(documents, mustBeJson) {
  const present = documents.filter((document) => document !== null && document !== void 0);
  const first = present[0];
  if (present.length === 1 && isJson6902Patch2(first)) {
    return { kind: "json6902", operations: first };
  }
  if (mustBeJson) return void 0;
  const patches = present.filter(isObject);
  if (patches.length === 0 || patches.length !== present.length) return void 0;
  return { kind: "strategic", patches };
}
var inlineParses = /* @__PURE__ */ new Map();
var inlineErrors = /* @__PURE__ */ new Map();
var MAX_INLINE_PARSES = 1024;
function parseInline(context, text, source) {
  const errorKey = `${source.path}\0${text}`;
  let parsed = inlineParses.get(text) ?? inlineErrors.get(errorKey);
  if (!parsed) {
    parsed = parseYamlDocuments(text, source.path);
    const cache = parsed.ok ? inlineParses : inlineErrors;
    if (cache.size >= MAX_INLINE_PARSES) cache.clear();
    cache.set(parsed.ok ? text : errorKey, parsed);
  }
  if (parsed.ok) return parsed.documents;
  report(context, source.path, `invalid inline patch: ${parsed.error.message}`, {
    field: source.field
  });
  return void 0;
}
function applyStrategicPatches(context, into, targets, patches, allowNameChange, source) {
  const deleted = /* @__PURE__ */ new Set();
  for (const patch of patches) {
    for (const target of targets) {
      if (deleted.has(target)) continue;
      try {
        if (deletesResource(patch)) {
          deleted.add(target);
          continue;
        }
        const newName = allowNameChange ? nameOf(patch) : "";
        if (newName) storePreviousId(target);
        replaceObject(target, applyStrategicMergePatch2(target.object, patch));
        if (newName && isObject(target.object.metadata)) target.object.metadata.name = newName;
        if (Object.keys(target.object).length === 0) deleted.add(target);
      } catch (error) {
        report(context, source.path, `patch failed: ${errorMessage(error)}`, {
          field: source.field
        });
      }
    }
  }
  if (deleted.size > 0) into.resources = into.resources.filter((resource) => !deleted.has(resource));
}
function applyOperations(context, target, operations, source) {
  try {
    const patched = applyJson69022(target.object, deepClone(operations));
    storePreviousId(target);
    replaceObject(target, patched);
  } catch (error) {
    report(context, source.path, `JSON patch failed: ${errorMessage(error)}`, {
      field: source.field
    });
  }
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/kustomize-lite/replicas.ts
function applyReplicaCount(resources, name, count, fieldSpecs) {
  let found = false;
  for (const spec of fieldSpecs) {
    for (const resource of resources) {
      const matches = allIds(resource).some((id) => id.name === name && gvkSelectedBy(id, spec));
      if (!matches) continue;
      found = true;
      editFieldSpec(resource, spec, "scalar", ({ holder, key }) => {
        ;
        holder[key] = count;
      });
    }
  }
  return found;
}

// src/kustomize-lite/replacements.ts
function applyReplacements(context, file, into) {
  const entries = Array.isArray(file.object.replacements) ? file.object.replacements : [];
  for (const entry of entries) {
    const relative = stringField(entry, "path");
    const source = relative ? joinPath(file.directory, relative) : file.path;
    const problems = {
      report: (message) => report(context, source, message, { field: "replacements" })
    };
    const replacements = relative ? loadReplacementFile(context, source) : [entry];
    for (const replacement of replacements) applyReplacement(problems, into.resources, replacement);
  }
}
function loadReplacementFile(context, path) {
  const documents = loadDocuments(context, path, "replacements") ?? [];
  return documents.flatMap(
    (document) => Array.isArray(document) ? document : document ? [document] : []
  );
}
function applyReplacement(problems, resources, replacement) {
  if (!isObject(replacement) || !isObject(replacement.source)) {
    problems.report("a replacement needs a source");
    return;
  }
  const value = sourceValue(problems, resources, replacement.source);
  if (value === void 0) return;
  const targets = Array.isArray(replacement.targets) ? replacement.targets : [];
  for (const target of targets) {
    if (isObject(target)) applyToTarget(problems, resources, target, value);
  }
}
function sourceValue(problems, resources, source) {
  const matches = resources.filter((resource) => matchesSource(resource.object, source));
  if (matches.length !== 1) {
    problems.report(
      matches.length === 0 ? "nothing selected by the replacement source" : "replacement source selects several resources"
    );
    return void 0;
  }
  const fieldPath = stringField(source, "fieldPath") ?? "metadata.name";
  const found = lookup2(matches[0].object, splitPath(fieldPath));
  if (found === void 0) {
    problems.report(`fieldPath '${fieldPath}' is missing in the replacement source`);
    return void 0;
  }
  const options = isObject(source.options) ? source.options : {};
  const delimiter = stringField(options, "delimiter");
  if (delimiter !== void 0 && typeof found === "string") {
    const index = typeof options.index === "number" ? options.index : 0;
    return found.split(delimiter)[index] ?? "";
  }
  return found;
}
function matchesSource(object, source) {
  const gvk = gvkOf(object);
  const expected = [
    ["group", gvk.group],
    ["version", gvk.version],
    ["kind", gvk.kind],
    ["name", nameOf(object)],
    ["namespace", namespaceOf(object)]
  ];
  return expected.every(([field, actual]) => {
    const wanted = stringField(source, field);
    return wanted === void 0 || wanted === "" || wanted === actual;
  });
}
function applyToTarget(problems, resources, target, value) {
  const select = readSelector(target.select);
  if (!select) {
    problems.report("a replacement target needs select");
    return;
  }
  const selects = compileSelector(select);
  const rejects = (Array.isArray(target.reject) ? target.reject : []).flatMap((reject) => {
    const selector = readSelector(reject);
    const matcher = selector ? compileSelector(selector) : void 0;
    return typeof matcher === "function" ? [matcher] : [];
  });
  if (typeof selects === "string") {
    problems.report(`invalid replacement target: ${selects}`);
    return;
  }
  const options = isObject(target.options) ? target.options : {};
  const fieldPaths = Array.isArray(target.fieldPaths) ? target.fieldPaths.map(String) : ["metadata.name"];
  for (const resource of resources) {
    if (!selects(resource) || rejects.some((reject) => reject(resource))) continue;
    for (const fieldPath of fieldPaths)
      setField2(editable(resource), splitPath(fieldPath), value, options);
  }
}
function splitPath(path) {
  const segments = [];
  let current = "";
  let depth = 0;
  for (const character of path) {
    if (character === "[") depth++;
    if (character === "]") depth--;
    if (character === "." && depth === 0) {
      segments.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  segments.push(current);
  return segments;
}
function childOf2(node, segment) {
  const selector = /^\[([^=\]]+)=([^\]]*)\]$/.exec(segment);
  if (selector && Array.isArray(node)) {
    return node.find((element) => isObject(element) && String(element[selector[1]]) === selector[2]);
  }
  const key = segment.replace(/^\[(.*)\]$/, "$1");
  if (Array.isArray(node)) return /^\d+$/.test(key) ? node[Number(key)] : void 0;
  return isObject(node) ? node[key] : void 0;
}
function lookup2(node, segments) {
  let current = node;
  for (const segment of segments) {
    current = childOf2(current, segment);
    if (current === void 0) return void 0;
  }
  return current;
}
function setField2(object, segments, value, options) {
  const create = options.create === true;
  let current = object;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    const key = segment.replace(/^\[(.*)\]$/, "$1");
    if (last) {
      if (!isObject(current) && !Array.isArray(current)) return;
      const holder = current;
      if (holder[key] === void 0 && !create) return;
      holder[key] = replacedValue(holder[key], value, options);
      return;
    }
    let next = childOf2(current, segment);
    if ((next === void 0 || next === null) && create && isObject(current) && !segment.includes("=")) {
      next = {};
      current[key] = next;
    }
    if (next === void 0) return;
    current = next;
  }
}
function replacedValue(existing, value, options) {
  const delimiter = stringField(options, "delimiter");
  if (delimiter === void 0 || typeof existing !== "string") return deepClone(value);
  const parts = existing.split(delimiter);
  const index = typeof options.index === "number" ? options.index : 0;
  if (index >= 0 && index < parts.length) parts[index] = String(value);
  else if (index < 0) parts.unshift(String(value));
  else parts.push(String(value));
  return parts.join(delimiter);
}

// src/kustomize-lite/transformers.ts
function runTransformers(context, file, into) {
  const kustomization = file.object;
  const config = into.config;
  applyPatchesStrategicMerge(context, file, into);
  applyPatchList(context, file, into, "patches");
  applyNamespace(into.resources, stringField(kustomization, "namespace") ?? "", config.namespace);
  applyNameAffixes(
    into.resources,
    stringField(kustomization, "namePrefix") ?? "",
    stringField(kustomization, "nameSuffix") ?? "",
    config.namePrefix
  );
  applyLabels(context, file, into);
  setMapEntries(
    into.resources,
    stringMap2(kustomization.commonAnnotations),
    config.commonAnnotations
  );
  applyPatchList(context, file, into, "patchesJson6902");
  applyReplicas(context, file, into);
  for (const image of readImages(kustomization)) {
    applyImageOverride(into.resources, image, config.images);
  }
  applyReplacements(context, file, into);
}
function stringMap2(value) {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, entry === null ? "" : String(entry)])
  );
}
function applyLabels(context, file, into) {
  const config = into.config;
  const labels = Array.isArray(file.object.labels) ? file.object.labels : [];
  for (const label of labels) {
    if (!isObject(label)) {
      report(context, file.path, "labels entries must be mappings", { field: "labels" });
      continue;
    }
    setMapEntries(into.resources, stringMap2(label.pairs), labelFieldSpecs(label, config));
  }
  setMapEntries(into.resources, stringMap2(file.object.commonLabels), config.commonLabels);
}
function labelFieldSpecs(label, config) {
  const own = readFieldSpecs(label.fields);
  if (label.includeSelectors === true) return mergeFieldSpecs(own, config.commonLabels);
  const withTemplates = label.includeTemplates === true ? mergeFieldSpecs(own, config.templateLabels) : own;
  return mergeFieldSpecs(withTemplates, [{ path: "metadata/labels", create: true }]);
}
function applyReplicas(context, file, into) {
  const replicas = Array.isArray(file.object.replicas) ? file.object.replicas : [];
  for (const replica of replicas) {
    const name = stringField(replica, "name");
    const count = isObject(replica) ? replica.count : void 0;
    if (!name || typeof count !== "number") {
      report(context, file.path, "replicas entries need a name and a numeric count", {
        field: "replicas"
      });
      continue;
    }
    if (!applyReplicaCount(into.resources, name, count, into.config.replicas)) {
      report(context, file.path, `replicas: no scalable resource named ${name}`, {
        field: "replicas"
      });
    }
  }
}
function readImages(kustomization) {
  const entries = [kustomization.images, kustomization.imageTags].flatMap(
    (value) => Array.isArray(value) ? value : []
  );
  return entries.filter(isObject).map((entry) => {
    const image = { name: stringField(entry, "name") ?? "" };
    const newName = stringField(entry, "newName");
    const newTag = entry.newTag === void 0 || entry.newTag === null ? void 0 : String(entry.newTag);
    const digest = stringField(entry, "digest");
    if (newName) image.newName = newName;
    if (newTag) image.newTag = newTag;
    if (digest) image.digest = digest;
    return image;
  });
}

// src/kustomize-lite/kustomization-fields.ts
var supportedFields = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "metadata",
  "resources",
  "bases",
  "components",
  "namespace",
  "namePrefix",
  "nameSuffix",
  "commonLabels",
  "labels",
  "commonAnnotations",
  "patches",
  "patchesStrategicMerge",
  "patchesJson6902",
  "configMapGenerator",
  "secretGenerator",
  "generatorOptions",
  "images",
  "imageTags",
  "replicas",
  "configurations",
  "sortOptions",
  "replacements",
  "vars"
]);
var unsupportedFields = /* @__PURE__ */ new Set([
  "openapi",
  "crds",
  "helmCharts",
  "helmGlobals",
  "helmChartInflationGenerator",
  "generators",
  "transformers",
  "validators",
  "inventory",
  "buildMetadata"
]);
function checkKustomizationFields(context, file) {
  for (const field of Object.keys(file.object)) {
    if (supportedFields.has(field)) continue;
    const line = lineMentioning(context.fs.readFile(file.path), `${field}:`);
    const message = unsupportedFields.has(field) ? `kustomization field '${field}' is not supported by kustomize-lite` : `unknown kustomization field '${field}'`;
    report(context, file.path, message, { field, line });
  }
  checkApiVersion(context, file);
}
function checkApiVersion(context, file) {
  const { kind, apiVersion } = file.object;
  if (kind !== void 0 && kind !== "Kustomization" && kind !== "Component") {
    report(context, file.path, `kind should be Kustomization or Component, not ${String(kind)}`, {
      field: "kind"
    });
    return;
  }
  const required = kind === "Component" ? "kustomize.config.k8s.io/v1alpha1" : "kustomize.config.k8s.io/v1beta1";
  if (apiVersion !== void 0 && apiVersion !== required) {
    report(
      context,
      file.path,
      `apiVersion for ${String(kind ?? "Kustomization")} should be ${required}`,
      {
        field: "apiVersion"
      }
    );
  }
}

// src/kustomize-lite/output-schema.ts
function goFloatText(value) {
  if (Number.isNaN(value)) return ".nan";
  if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
  if (Object.is(value, -0)) return "-0";
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent >= -4 && exponent < 6) return String(value);
  const sign = exponent < 0 ? "-" : "+";
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}
var coreFloat = types.float;
var goFloat = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data) => coreFloat.resolve(data),
  construct: (data) => coreFloat.construct(data),
  predicate: (data) => typeof data === "number" && (data % 1 !== 0 || Object.is(data, -0)),
  represent: (data) => goFloatText(data),
  defaultStyle: "lowercase"
});
var kustomizeOutputSchema = DEFAULT_SCHEMA.extend({ implicit: [goFloat] });

// src/kustomize-lite/vars.ts
function mergeVars(context, file, into) {
  const entries = file.object.vars;
  if (entries === void 0 || entries === null) return;
  if (!Array.isArray(entries)) {
    report(context, file.path, "vars must be a list", { field: "vars" });
    return;
  }
  for (const entry of entries) {
    const variable = readVar(entry);
    if (!variable) {
      report(context, file.path, "vars entries need a name and an objref", { field: "vars" });
      continue;
    }
    const matched = into.resources.filter(
      (resource) => allIds(resource).some((id) => varSelects(variable, id))
    );
    if (matched.length > 1) {
      report(
        context,
        file.path,
        `found ${matched.length} resId matches for var ${variable.name} (unable to disambiguate)`,
        { field: "vars" }
      );
      continue;
    }
    if (matched.length === 1)
      matched[0].refVarNames = [...matched[0].refVarNames ?? [], variable.name];
    addVar(context, file.path, into, variable);
  }
}
function addVar(context, path, into, variable) {
  if (into.vars.some((existing) => existing.name === variable.name)) {
    report(context, path, `var '${variable.name}' already encountered`, { field: "vars" });
    return;
  }
  into.vars.push(variable);
}
function readVar(entry) {
  if (!isObject(entry) || !isObject(entry.objref)) return void 0;
  const name = stringField(entry, "name");
  if (!name) return void 0;
  const objref = entry.objref;
  const gvk = {
    group: stringField(objref, "group") ?? "",
    version: stringField(objref, "version") ?? "",
    kind: stringField(objref, "kind") ?? ""
  };
  const apiVersion = stringField(objref, "apiVersion");
  if (apiVersion) {
    const parts = apiVersion.split("/");
    if (parts.length === 2) [gvk.group, gvk.version] = parts;
    if (parts.length === 1) gvk.version = parts[0];
  }
  return {
    name,
    objref: {
      ...gvk,
      name: stringField(objref, "name") ?? "",
      namespace: stringField(objref, "namespace") ?? ""
    },
    fieldPath: caseInsensitiveString(entry.fieldref, "fieldpath") || "metadata.name"
  };
}
function caseInsensitiveString(value, name) {
  if (!isObject(value)) return void 0;
  const key = Object.keys(value).find((candidate) => candidate.toLowerCase() === name);
  return key === void 0 ? void 0 : stringField(value, key);
}
function varSelects(variable, id) {
  const { objref } = variable;
  if (!sameGvk(objref, id) || objref.name !== id.name) return false;
  if (objref.namespace === "" && !isClusterScoped(objref)) return true;
  return sameNamespace(objref.namespace, id.namespace);
}
function resolveVars(context, accumulator, path) {
  const values = /* @__PURE__ */ new Map();
  for (const variable of [...accumulator.vars].sort((a, b) => a.name < b.name ? -1 : 1)) {
    const source = accumulator.resources.find(
      (resource) => resource.refVarNames?.includes(variable.name)
    );
    if (!source) {
      report(
        context,
        path,
        `var '${variable.name}' cannot be mapped to a field in the set of known resources`,
        { field: "vars" }
      );
      return;
    }
    const value = fieldValue(source.object, variable.fieldPath);
    if (value === missing) {
      report(
        context,
        path,
        `field specified in var '${variable.name}' (${variable.fieldPath}) not found in corresponding resource`,
        { field: "vars" }
      );
      return;
    }
    values.set(variable.name, value);
  }
  if (values.size === 0) return;
  const mapping = (name) => {
    if (!values.has(name)) return `$(${name})`;
    return values.get(name) ?? `$(${name})`;
  };
  for (const resource of accumulator.resources) {
    for (const spec of accumulator.config.varReference) {
      if (!fieldSpecSelects(spec, resource.object)) continue;
      visitFieldSpec(
        editable(resource),
        spec,
        void 0,
        ({ holder, key }) => replaceIn(context, path, resource, holder, key, mapping)
      );
    }
  }
}
function replaceIn(context, path, resource, holder, key, mapping) {
  const value = holder[key];
  if (typeof value === "string") holder[key] = expandVars(value, mapping);
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === "string") value[index] = expandVars(item, mapping);
      else
        report(context, path, `vars: invalid value type expect a string in ${describe2(resource)}`, {
          field: "vars"
        });
    });
  } else if (isObject(value)) {
    for (const [entryKey, entry] of Object.entries(value)) {
      if (typeof entry === "string") value[entryKey] = expandVars(entry, mapping);
    }
  }
}
function describe2(resource) {
  const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {};
  return `${String(resource.object.kind)} ${String(metadata.name)}`;
}
function expandVars(input, mapping) {
  let output = "";
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== "$" || cursor + 1 >= input.length) continue;
    output += input.slice(checkpoint, cursor);
    const rest = input.slice(cursor + 1);
    let advance = 1;
    if (rest[0] === "$") output += "$";
    else if (rest[0] === "(") {
      const close = rest.indexOf(")", 1);
      if (close < 0) output += "$(";
      else {
        const name = rest.slice(1, close);
        const mapped = mapping(name);
        if (input === `$(${name})`) return mapped;
        output += goValueText(mapped);
        advance = close + 1;
      }
    } else output += `$${rest[0]}`;
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return output + input.slice(checkpoint);
}
function goValueText(value) {
  if (typeof value === "number" && !Number.isInteger(value)) {
    const text = goFloatText(value);
    return text === ".inf" ? "+Inf" : text === "-.inf" ? "-Inf" : text === ".nan" ? "NaN" : text;
  }
  return String(value);
}
var missing = /* @__PURE__ */ Symbol("missing");
function fieldValue(object, fieldPath) {
  const fields = fieldPath.split(".").flatMap((field) => {
    const match = /^(.*)\[(\d+)\]$/.exec(field);
    if (!match) return [field];
    return match[1] ? [match[1], match[2]] : [match[2]];
  });
  let node = object;
  for (const field of fields) {
    if (Array.isArray(node)) {
      const selector = /^\[([^=]+)=(.*)\]$/.exec(field);
      if (selector) {
        node = node.find((item) => isObject(item) && String(item[selector[1]]) === selector[2]);
      } else if (/^\d+$/.test(field)) node = node[Number(field)];
      else return missing;
    } else if (isObject(node)) {
      if (!Object.hasOwn(node, field)) return missing;
      node = node[field];
    } else return missing;
    if (node === void 0) return missing;
  }
  if (node === null) return "null";
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return node;
  return void 0;
}

// src/kustomize-lite/target.ts
var maximumNesting = 64;
function accumulateDirectory(context, dir, kind, into, referencedFrom) {
  if (context.activeDirectories.includes(dir)) {
    const cycle = [...context.activeDirectories, dir].join(" -> ");
    report(context, referencedFrom?.path ?? dir, `cycle in kustomizations: ${cycle}`, {
      field: referencedFrom?.field,
      code: "cycle"
    });
    return false;
  }
  if (context.activeDirectories.length >= maximumNesting) {
    report(
      context,
      referencedFrom?.path ?? dir,
      `kustomizations nested deeper than ${maximumNesting}`
    );
    return false;
  }
  const read = readKustomizationCached(dir, context.fs, context.documentCache);
  if (!read.ok) {
    if (referencedFrom) read.problem.field ??= referencedFrom.field;
    context.problems.push(read.problem);
    return false;
  }
  if (!checkTargetKind(context, read.file, kind)) return false;
  context.activeDirectories.push(dir);
  try {
    if (kind === "component" || kind === "root") {
      accumulateTarget(context, read.file, into);
    } else {
      const child = emptyAccumulator();
      accumulateTarget(context, read.file, child);
      mergeAccumulator(context, into, child, read.file.path);
    }
  } finally {
    context.activeDirectories.pop();
  }
  return true;
}
function checkTargetKind(context, file, kind) {
  const isComponent = file.object.kind === "Component";
  if (kind === "component" && !isComponent) {
    report(context, file.path, `expected kind 'Component' in ${file.path}`, { field: "kind" });
    return false;
  }
  if (kind === "kustomization" && isComponent) {
    report(context, file.path, `a Component cannot be listed as a resource: ${file.path}`, {
      field: "kind"
    });
    return false;
  }
  return true;
}
function accumulateTarget(context, file, into) {
  checkKustomizationFields(context, file);
  accumulateResources(context, file, into);
  into.config = mergeTransformerConfigs(into.config, loadConfigurations(context, file));
  runGenerators(context, file, into);
  accumulateComponents(context, file, into);
  runTransformers(context, file, into);
  mergeVars(context, file, into);
}
function stringList2(context, file, field) {
  const value = file.object[field];
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    report(context, file.path, `${field} must be a list`, { field });
    return [];
  }
  return value.filter((entry) => {
    if (typeof entry === "string") return true;
    report(context, file.path, `${field} entries must be strings`, { field });
    return false;
  });
}
function accumulateResources(context, file, into) {
  const entries = [
    ...stringList2(context, file, "resources").map((entry) => ({ entry, field: "resources" })),
    ...stringList2(context, file, "bases").map((entry) => ({ entry, field: "bases" }))
  ];
  const present = idKeysOf(into);
  for (const { entry, field } of entries) {
    if (isRemoteReference(entry)) {
      reportUnsupportedEntry(context, file, field, entry, "remote resources are not supported");
      continue;
    }
    const path = joinPath(file.directory, entry);
    if (context.fs.isDirectory(path)) {
      const before = into.resources.length;
      accumulateDirectory(context, path, "kustomization", into, { path: file.path, field });
      for (let index = before; index < into.resources.length; index++)
        present.add(resIdKey(currentId(into.resources[index])));
      continue;
    }
    const resources = loadResourceFile(context, path, field, `missing file or directory: ${entry}`);
    if (resources) appendResources(context, into, resources, file.path, present);
  }
}
function accumulateComponents(context, file, into) {
  for (const entry of stringList2(context, file, "components")) {
    if (isRemoteReference(entry)) {
      reportUnsupportedEntry(
        context,
        file,
        "components",
        entry,
        "remote components are not supported"
      );
      continue;
    }
    const path = joinPath(file.directory, entry);
    if (!context.fs.isDirectory(path)) {
      reportUnsupportedEntry(context, file, "components", entry, `missing directory ${path}`);
      continue;
    }
    accumulateDirectory(context, path, "component", into, { path: file.path, field: "components" });
  }
}
function reportUnsupportedEntry(context, file, field, entry, message) {
  const line = lineMentioning(context.fs.readFile(file.path), entry);
  report(context, file.path, `${message}: ${entry}`, { field, line });
}

// src/kustomize-lite/go-json.ts
function goJsonMarshal(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return goJsonString(value);
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(goJsonMarshal).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort(compareGoStrings);
    return `{${keys.map((key) => `${goJsonString(key)}:${goJsonMarshal(value[key])}`).join(",")}}`;
  }
  return goJsonString(String(value));
}
var htmlUnsafe = /[<>&\u2028\u2029]/g;
function goJsonString(text) {
  return JSON.stringify(text).replace(
    htmlUnsafe,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function compareGoStrings(a, b) {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    const difference = (left[index].codePointAt(0) ?? 0) - (right[index].codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

// src/shared/sha256.ts
import * as crypto from "node:crypto";
var oneShot = crypto.hash;
function sha256Hex(text) {
  if (oneShot) return oneShot("sha256", text, "hex");
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}

// src/kustomize-lite/hash.ts
function kustomizeHashSuffix(object) {
  return encodeHash(sha256Hex(hashInput(object)));
}
function hashInput(object) {
  const kind = stringField(object, "kind");
  if (kind === "ConfigMap") return goJsonMarshal(configMapHashFields(object));
  if (kind === "Secret") return goJsonMarshal(secretHashFields(object));
  return goJsonMarshal(object);
}
function configMapHashFields(object) {
  const fields = { kind: "ConfigMap", name: "", data: hashedData(object.data) };
  if (isObject(object.binaryData)) fields.binaryData = object.binaryData;
  return fields;
}
function secretHashFields(object) {
  const fields = {
    kind: "Secret",
    name: "",
    type: scalarText2(object.type),
    data: hashedData(object.data)
  };
  if (isObject(object.stringData)) fields.stringData = object.stringData;
  return fields;
}
function hashedData(value) {
  if (isObject(value)) return value;
  if (Array.isArray(value)) return null;
  return scalarText2(value);
}
function scalarText2(value) {
  if (value === void 0) return "";
  if (value === null) return "null";
  return String(value);
}
var substitutions = { "0": "g", "1": "h", "3": "k", a: "m", e: "t" };
function encodeHash(hex) {
  return [...hex.slice(0, 10)].map((character) => substitutions[character] ?? character).join("");
}

// src/kustomize-lite/name-hash.ts
function addNameHashes(accumulator) {
  for (const resource of accumulator.resources) {
    if (!resource.generator?.needsHash) continue;
    const metadata = editableMetadata(resource);
    const suffix = kustomizeHashSuffix(resource.object);
    storePreviousId(resource);
    metadata.name = `${String(metadata.name ?? "")}-${suffix}`;
  }
}

// src/kustomize-lite/name-reference.ts
function fixNameReferences(context, accumulator) {
  const ids = new Map(
    accumulator.resources.map((resource) => [
      resource,
      {
        current: currentId(resource),
        original: originalId(resource),
        previous: resource.previousIds
      }
    ])
  );
  const byName = indexByEveryName(ids);
  const fieldsByGvk = fieldsByGvkOf(accumulator);
  for (const referrer of accumulator.resources) {
    let candidates;
    let candidateSet;
    const referrerOriginal = ids.get(referrer).original;
    const gvkKey2 = `${referrerOriginal.group}/${referrerOriginal.version}/${referrerOriginal.kind}`;
    const fields = cached(fieldsByGvk, gvkKey2, () => fieldsSelecting(accumulator, referrerOriginal));
    for (const { field, referralGvk } of fields) {
      if (!hasField(referrer.object, field)) continue;
      candidates ??= referableBy(referrer, accumulator.resources, ids);
      candidateSet ??= new Set(candidates);
      const reference = { ids, byName, referrer, field, referralGvk, candidates, candidateSet };
      updateReferences(context, reference);
    }
  }
}
var fieldsByConfig = /* @__PURE__ */ new WeakMap();
function fieldsByGvkOf(accumulator) {
  return cached(fieldsByConfig, accumulator.config.nameReference, () => /* @__PURE__ */ new Map());
}
function fieldsSelecting(accumulator, referrer) {
  return accumulator.config.nameReference.flatMap(
    (backReference) => backReference.fieldSpecs.filter((field) => gvkSelectedBy(referrer, field)).map((field) => ({
      field,
      referralGvk: {
        group: backReference.group,
        version: backReference.version,
        kind: backReference.kind
      }
    }))
  );
}
function indexByEveryName(ids) {
  const byName = /* @__PURE__ */ new Map();
  for (const [resource, { previous }] of ids) {
    for (const name of new Set(previous.map((id) => id.name))) {
      const named = byName.get(name);
      if (named) named.push(resource);
      else byName.set(name, [resource]);
    }
  }
  return byName;
}
function referableBy(referrer, resources, ids) {
  const referrerId = ids.get(referrer).current;
  if (isClusterScoped(referrerId)) return resources;
  const roleBindingNamespaces = serviceAccountNamespacesOf(referrer);
  return resources.filter((candidate) => {
    const id = ids.get(candidate).current;
    return isClusterScoped(id) || sameNamespace(id.namespace, referrerId.namespace) || roleBindingNamespaces.has(id.namespace);
  });
}
function serviceAccountNamespacesOf(referrer) {
  const namespaces = /* @__PURE__ */ new Set();
  if (referrer.object.kind !== "RoleBinding" || !Array.isArray(referrer.object.subjects))
    return namespaces;
  for (const subject of referrer.object.subjects) {
    const namespace = stringField(subject, "namespace");
    if (namespace !== void 0 && stringField(subject, "kind") === "ServiceAccount")
      namespaces.add(namespace);
  }
  return namespaces;
}
function updateReferences(context, reference) {
  if (!mayChange(reference)) return;
  visitFieldSpec(editable(reference.referrer), reference.field, void 0, ({ holder, key }) => {
    const record = holder;
    const value = record[key];
    if (Array.isArray(value)) {
      value.forEach(
        (_element, index) => updateValue(context, reference, value, index)
      );
    } else {
      updateValue(context, reference, record, key);
    }
  });
}
function mayChange(reference) {
  const renamedFrom = (name) => typeof name === "string" && (reference.byName.get(name) ?? []).some(
    (candidate) => reference.ids.get(candidate).current.name !== name
  );
  const movedOrRenamed = (node) => isObject(node) && typeof node.name === "string" && reference.byName.has(node.name);
  let found = false;
  visitFieldSpec(reference.referrer.object, reference.field, void 0, ({ holder, key }) => {
    const value = holder[key];
    const values = Array.isArray(value) ? value : [value];
    found ||= values.some((item) => renamedFrom(item) || movedOrRenamed(item));
  });
  return found;
}
function updateValue(context, reference, holder, key) {
  const value = holder[key];
  if (typeof value === "string") {
    const referral = selectReferral(context, reference, value, reference.candidateSet, false);
    if (referral) holder[key] = currentId(referral).name;
  } else if (isObject(value)) {
    updateMapping(context, reference, value);
  }
}
function updateMapping(context, reference, node) {
  const oldName = node.name;
  if (typeof oldName !== "string") return;
  const candidates = new Set(candidatesInNamespace(reference, node.namespace));
  const referral = selectReferral(context, reference, oldName, candidates, true);
  if (!referral) return;
  const id = currentId(referral);
  node.name = id.name;
  if (id.namespace !== "") node.namespace = id.namespace;
}
function candidatesInNamespace(reference, namespace) {
  const { candidates, ids } = reference;
  if (namespace === void 0) return candidates;
  const wanted = typeof namespace === "string" ? namespace : String(namespace);
  const inNamespace = (id) => !isClusterScoped(id) && effectiveNamespace2(id) === wanted;
  const byOriginal = candidates.filter((candidate) => inNamespace(ids.get(candidate).original));
  if (byOriginal.length > 0) return byOriginal;
  return candidates.filter((candidate) => inNamespace(ids.get(candidate).current));
}
function effectiveNamespace2(id) {
  return id.namespace === "" ? "default" : id.namespace;
}
function selectReferral(context, reference, oldName, candidates, compareNamespaces) {
  const { ids } = reference;
  let remaining = (reference.byName.get(oldName) ?? []).filter((candidate) => {
    if (!candidates.has(candidate)) return false;
    const previous = ids.get(candidate).previous;
    return previous.some((id) => gvkSelectedBy(id, reference.referralGvk)) && matchesRoleRef(reference, previous) && inReferrerNamespace(ids.get(reference.referrer).current, ids.get(candidate).current);
  });
  if (remaining.length === 1) return remaining[0];
  remaining = remaining.filter((candidate) => sameAffixes(reference.referrer, candidate, true));
  if (remaining.length === 1) return remaining[0];
  remaining = remaining.filter((candidate) => sameAffixes(reference.referrer, candidate, false));
  if (remaining.length === 1) return remaining[0];
  const first = remaining[0];
  if (!first) return void 0;
  const firstId = currentId(first);
  const identical = remaining.every((candidate) => {
    const id = currentId(candidate);
    return id.name === firstId.name && (!compareNamespaces || id.namespace === firstId.namespace);
  });
  if (identical) return first;
  const described = remaining.map((candidate) => describeResId(currentId(candidate))).join(", ");
  const source = reference.referrer.origin.kind === "file" ? reference.referrer.origin.path : reference.referrer.origin.kustomization;
  report(
    context,
    source,
    `reference '${oldName}' in ${describeResId(currentId(reference.referrer))} matches several resources: ${described}`
  );
  return void 0;
}
function matchesRoleRef(reference, candidateIds) {
  if (!reference.field.path.endsWith("roleRef/name")) return true;
  const roleRef = reference.referrer.object.roleRef;
  const group = stringField(roleRef, "apiGroup");
  const kind = stringField(roleRef, "kind");
  if (group === void 0 || kind === void 0) return true;
  return candidateIds.some((id) => gvkSelectedBy(id, { group, kind }));
}
function inReferrerNamespace(referrerId, candidateId) {
  if (isClusterScoped(referrerId)) return true;
  if (isClusterScoped(candidateId) || candidateId.kind === "ServiceAccount") return true;
  return sameNamespace(referrerId.namespace, candidateId.namespace);
}
function sameAffixes(a, b, emptyMatchesAll) {
  const matches = (x, y) => emptyMatchesAll && (x.length === 0 || y.length === 0) || sameEnding(x, y);
  return matches(a.prefixes, b.prefixes) && matches(a.suffixes, b.suffixes);
}
function sameEnding(a, b) {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) return longer.length === 0;
  const offset = longer.length - shorter.length;
  return shorter.every((value, index) => longer[index + offset] === value);
}

// src/kustomize-lite/build.ts
function build(dir, fs, options = {}) {
  const context = {
    fs,
    documentCache: options.documentCache ?? /* @__PURE__ */ new Map(),
    problems: [],
    activeDirectories: []
  };
  const accumulator = emptyAccumulator();
  if (!accumulateDirectory(context, dir, "root", accumulator)) {
    return { resources: [], problems: context.problems };
  }
  addNameHashes(accumulator);
  fixNameReferences(context, accumulator);
  const kustomization = readKustomizationCached(dir, context.fs, context.documentCache);
  if (kustomization.ok) resolveVars(context, accumulator, kustomization.file.path);
  const resources = outputOrder(context, dir, withoutLocalConfig(accumulator)).map(toResource);
  return { resources, problems: context.problems };
}
function withoutLocalConfig(accumulator) {
  return accumulator.resources.filter(
    (resource) => annotations(resource)["config.kubernetes.io/local-config"] !== "true"
  );
}
function annotations(resource) {
  const metadata = resource.object.metadata;
  return isObject(metadata) && isObject(metadata.annotations) ? metadata.annotations : {};
}
function outputOrder(context, dir, resources) {
  if (usesFifoOrder(context, dir)) return resources;
  const withIds = resources.map((resource) => ({ resource, id: currentId(resource) }));
  withIds.sort((a, b) => compareLegacyOrder(a.id, b.id));
  return withIds.map((entry) => entry.resource);
}
function usesFifoOrder(context, dir) {
  const read = readKustomizationCached(dir, context.fs, context.documentCache);
  return read.ok && stringField(read.file.object.sortOptions, "order") === "fifo";
}
function toResource(resource) {
  stripBuildAnnotations(resource);
  return { object: resource.object, origin: resource.origin };
}
var buildAnnotationPrefixes = ["config.kubernetes.io/", "internal.config.kubernetes.io/"];
function stripBuildAnnotations(resource) {
  const metadata = resource.object.metadata;
  if (!isObject(metadata) || !("annotations" in metadata)) return;
  const annotations2 = metadata.annotations;
  if (annotations2 === null || isObject(annotations2) && Object.keys(annotations2).length === 0) {
    delete editableMetadata(resource).annotations;
    return;
  }
  if (!isObject(annotations2)) return;
  const kept = Object.entries(annotations2).filter(
    ([key]) => !buildAnnotationPrefixes.some((prefix) => key.startsWith(prefix))
  );
  if (kept.length === Object.keys(annotations2).length) return;
  if (kept.length === 0) delete editableMetadata(resource).annotations;
  else editableMetadata(resource).annotations = Object.fromEntries(kept);
}

// src/engine/parse.ts
function parseYamlFile(path, text) {
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const starts = [];
  const parsed = parseYamlDocuments(source, path, (offset) => starts.push(offset));
  if (!parsed.ok) return salvageDocuments(path, source);
  const lineOf = lineLocator(source);
  const documents = parsed.documents.map((value, index) => ({
    index,
    line: lineOf(starts[index] ?? 0),
    value
  }));
  return { documents, problems: [] };
}
function salvageDocuments(path, source) {
  const problems = [];
  const documents = [];
  let index = 0;
  for (const chunk of documentChunks(source)) {
    const starts = [];
    const parsed = parseYamlDocuments(chunk.text, path, (offset) => starts.push(offset));
    if (!parsed.ok) {
      problems.push(parseProblem(path, chunk, parsed.error));
      index++;
      continue;
    }
    const lineOf = lineLocator(chunk.text);
    for (const [offset, value] of parsed.documents.entries())
      documents.push({
        index: index++,
        line: chunk.firstLine - 1 + lineOf(starts[offset] ?? 0),
        value
      });
  }
  return { documents, problems };
}
function* documentChunks(source) {
  const lines = source.split("\n");
  let start = 0;
  for (let line = 1; line <= lines.length; line++) {
    if (line < lines.length && !/^---(\s|$)/.test(lines[line] ?? "")) continue;
    yield { text: lines.slice(start, line).join("\n"), firstLine: start + 1 };
    start = line;
  }
}
function parseProblem(path, chunk, error) {
  const template = /\{\{|\}\}/.test(chunk.text) ? " (Helm template syntax is not YAML)" : "";
  return {
    rule: "yaml-parse-error",
    severity: "warning",
    file: path,
    line: chunk.firstLine - 1 + (error.line ?? 1),
    column: error.column ?? 1,
    message: `cannot parse YAML: ${error.message}${template}; the document is skipped`
  };
}

// src/io/parallel.ts
import { availableParallelism } from "node:os";
import {
  isMainThread,
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  workerData
} from "node:worker_threads";
var STALL_MILLISECONDS = 5e3;
var CLAIMED = 0;
var DONE = 1;
var FIRST_CLAIM = 2;
var tasks = /* @__PURE__ */ new Map();
function parallelTask(name, module, run, minItems) {
  tasks.set(name, run);
  return (items) => {
    if (items.length < minItems) return items.map(run);
    const stream = startStream(name, module, items.length);
    for (const item of items) stream.add(item);
    return stream.finish().results;
  };
}
function startStream(name, module, capacity) {
  const run = tasks.get(name);
  if (!run) throw new Error(`no task ${name}`);
  const items = [];
  const claims = new Int32Array(new SharedArrayBuffer(4 * (FIRST_CLAIM + capacity)));
  const worker = availableParallelism() > 1 ? startWorker(name, module) : void 0;
  worker?.port.postMessage({ claims });
  return {
    add(item) {
      const index = items.push(item) - 1;
      if (worker && index < capacity) worker.port.postMessage({ index, item });
    },
    finish(mainThreadRuns = true) {
      const results = /* @__PURE__ */ new Map();
      const taken = [];
      for (let index = items.length - 1; index >= 0; index--) {
        const claimable = worker && index < capacity;
        if (claimable && !mainThreadRuns) taken.push(index);
        else if (claimable && Atomics.compareExchange(claims, FIRST_CLAIM + index, 0, 2) !== 0)
          taken.push(index);
        else results.set(index, run(items[index]));
      }
      const delivered = worker ? collect(worker, claims, taken.length, results) : 0;
      return {
        results: items.map(
          (item, index) => results.has(index) ? results.get(index) : run(item)
        ),
        delivered
      };
    }
  };
}
function collect({ worker, port }, claims, taken, results) {
  waitForChunks(claims, taken);
  let delivered = 0;
  for (let got = receiveMessageOnPort(port); got; got = receiveMessageOnPort(port)) {
    const { index, ok, result } = got.message;
    if (!ok) continue;
    results.set(index, result);
    delivered++;
  }
  port.close();
  void worker.terminate();
  return delivered;
}
function startWorker(task, module) {
  try {
    const { port1, port2 } = new MessageChannel();
    const setup2 = { module, task, port: port2 };
    const worker = newWorker({ workerData: { parallelTask: setup2 }, transferList: [port2] });
    worker.unref();
    worker.on("error", () => void 0);
    return { worker, port: port1 };
  } catch {
    return void 0;
  }
}
function newWorker(options) {
  const self = import.meta.url;
  if (!self.endsWith(".ts")) return new Worker(new URL(self), options);
  const code = `import('tsx/esm/api').then(tsx => { tsx.register(); return import(${JSON.stringify(self)}) })`;
  return new Worker(code, { ...options, eval: true });
}
function waitForChunks(counters, chunks) {
  let done = Atomics.load(counters, DONE);
  let since = Date.now();
  while (done < chunks) {
    Atomics.wait(counters, DONE, done, 100);
    const now = Atomics.load(counters, DONE);
    if (now !== done) {
      done = now;
      since = Date.now();
    } else if (Date.now() - since > STALL_MILLISECONDS) return;
  }
}
async function serve({ module, task, port }) {
  await import(module);
  const run = tasks.get(task);
  if (run) serveStream(port, run);
}
function serveStream(port, run) {
  let claims;
  port.on("message", (message) => {
    if ("claims" in message) {
      claims = message.claims;
      return;
    }
    const { index, item } = message;
    if (!claims || Atomics.compareExchange(claims, FIRST_CLAIM + index, 0, 1) !== 0) return;
    let result = { index, ok: false };
    try {
      result = { index, ok: true, result: run(item) };
    } finally {
      port.postMessage(result);
      Atomics.add(claims, DONE, 1);
      Atomics.notify(claims, DONE);
    }
  });
}
var setup = isMainThread ? void 0 : workerData?.parallelTask;
if (setup) void serve(setup);

// src/io/parse-protocol.ts
var CHUNK_FILES = 32;

export {
  __require,
  __commonJS,
  __toESM,
  isObject,
  setOwn,
  deepClone,
  CORE_SCHEMA,
  loadAll,
  dump,
  lineLocator,
  groupBy,
  uniqueBy,
  cached,
  parseYamlDocuments,
  textualNullPaths,
  restoreTextualNulls,
  kustomizationFileNames,
  isKustomizationDirectory,
  kustomizationFilesIn,
  readKustomization,
  referencedPaths,
  kustomizeOutputSchema,
  sha256Hex,
  build,
  parseYamlFile,
  CLAIMED,
  DONE,
  parallelTask,
  startStream,
  waitForChunks,
  CHUNK_FILES
};
