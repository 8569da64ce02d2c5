import Content
print(DocumentLoader.builtInDocument().source)
