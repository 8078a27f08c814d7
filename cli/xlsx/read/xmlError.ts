/** A part of the package is not well-formed XML (or not the XML it should be); the message says where it went wrong. */
export class XmlError extends Error {
  override readonly name = "XmlError";
}
