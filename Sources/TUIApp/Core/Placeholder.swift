import Content
