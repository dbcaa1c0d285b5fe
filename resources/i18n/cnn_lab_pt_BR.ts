<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <source>A desktop laboratory for learning how convolutional neural networks classify images: convolution, stride, padding, pooling, backpropagation, training and evaluation, step by step.</source>
        <translation>Um laboratório para aprender como redes neurais convolucionais classificam imagens: convolução, passo (stride), preenchimento (padding), agrupamento (pooling), retropropagação, treinamento e avaliação, passo a passo.</translation>
    </message>
    <message>
        <source>It follows the course “Introdução a Classificação de Imagens com TensorFlow &amp; Keras — Redes Convolucionais”, slide by slide, with the slides' own numbers as its examples.</source>
        <translation>Segue o curso “Introdução a Classificação de Imagens com TensorFlow &amp; Keras — Redes Convolucionais”, slide a slide, com os próprios números dos slides como exemplos.</translation>
    </message>
    <message>
        <source>The MNIST database of handwritten digits is by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0).</source>
        <translation>A base MNIST de dígitos manuscritos é de Yann LeCun, Corinna Cortes e Christopher J. C. Burges (CC BY-SA 3.0).</translation>
    </message>
    <message>
        <source>Built with Qt for Python {pyside}, NumPy, TensorFlow/Keras, pyqtgraph and OpenCV, on Python {python}.</source>
        <translation>Feito com Qt for Python {pyside}, NumPy, TensorFlow/Keras, pyqtgraph e OpenCV, em Python {python}.</translation>
    </message>
    <message>
        <source>About CNN Lab</source>
        <translation>Sobre o CNN Lab</translation>
    </message>
</context>
<context>
    <name>ActivationsTab</name>
    <message>
        <source>this cell sees the whole image</source>
        <translation>esta célula vê a imagem inteira</translation>
    </message>
    <message>
        <source>it sees input rows {top}–{bottom}, columns {left}–{right} ({h} × {w} pixels)</source>
        <translation>ela vê as linhas {top}–{bottom} e as colunas {left}–{right} da entrada ({h} × {w} pixels)</translation>
    </message>
    <message>
        <source>{layer}, map {channel}, row {row}, column {col}: {value}</source>
        <translation>{layer}, mapa {channel}, linha {row}, coluna {col}: {value}</translation>
    </message>
    <message>
        <source>{layer}, unit {index}: {value}</source>
        <translation>{layer}, unidade {index}: {value}</translation>
    </message>
    <message>
        <source>Input, row {row}, column {col}: {value}</source>
        <translation>Entrada, linha {row}, coluna {col}: {value}</translation>
    </message>
    <message>
        <source>Point at a feature map to see its values and the part of the input each cell sees; click a map to enlarge it.</source>
        <translation>Aponte para um mapa de características para ver seus valores e a parte da entrada que cada célula vê; clique num mapa para ampliá-lo.</translation>
    </message>
    <message>
        <source>Where did the network look? Tick Grad-CAM to colour the input by what raised the score of its answer.</source>
        <translation>Para onde a rede olhou? Marque Grad-CAM para colorir a entrada conforme o que aumentou a pontuação da resposta dela.</translation>
    </message>
    <message>
        <source>Grad-CAM for “{label}” from layer {layer}: bright regions raised the score of “{label}” the most.</source>
        <translation>Grad-CAM de “{label}” a partir da camada {layer}: as regiões claras foram as que mais aumentaram a pontuação de “{label}”.</translation>
    </message>
    <message>
        <source>This model has no convolutional layer, so the map shows the pixels whose change would move the score of “{label}” the most.</source>
        <translation>Este modelo não tem camada convolucional; o mapa mostra os pixels cuja mudança mais alteraria a pontuação de “{label}”.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <source>Nothing to show yet: draw a digit in the Draw tab.</source>
        <translation>Nada a mostrar ainda: desenhe um dígito na aba Desenhar.</translation>
    </message>
    <message>
        <source>{layer}: {count} feature maps of {h} × {w}</source>
        <translation>{layer}: {count} mapas de características de {h} × {w}</translation>
    </message>
    <message>
        <source>{layer}: the probability of each class</source>
        <translation>{layer}: a probabilidade de cada classe</translation>
    </message>
    <message>
        <source>{layer}: {shape} values</source>
        <translation>{layer}: {shape} valores</translation>
    </message>
    <message>
        <source>The input the network reads</source>
        <translation>A entrada que a rede lê</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Same colour scale</source>
        <translation>Mesma escala de cores</translation>
    </message>
    <message>
        <source>Colours the input by how much each region raised the score of the predicted class, measured with the gradients of the last convolutional layer.</source>
        <translation>Colore a entrada conforme o quanto cada região aumentou a pontuação da classe prevista, medido com os gradientes da última camada convolucional.</translation>
    </message>
    <message>
        <source>On: the same colour means the same value in every map, so weak maps look pale. Off: each map uses its own range, which shows the pattern of even weak maps.</source>
        <translation>Ligado: a mesma cor significa o mesmo valor em todos os mapas, e os mapas fracos ficam pálidos. Desligado: cada mapa usa sua própria faixa, o que mostra o padrão até dos mapas fracos.</translation>
    </message>
    <message>
        <source>Only convolutional layers have filters. Choose a Conv2D layer in the list.</source>
        <translation>Só as camadas convolucionais têm filtros. Escolha uma camada Conv2D na lista.</translation>
    </message>
    <message>
        <source>Enlarged map</source>
        <translation>Mapa ampliado</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>The learned filters (kernels) of the selected convolutional layer</source>
        <translation>Os filtros (kernels) aprendidos da camada convolucional selecionada</translation>
    </message>
</context>
<context>
    <name>ConvolutionLesson</name>
    <message>
        <source>The kernel ({kh}×{kw}) is larger than the padded input ({ph}×{pw}): make the input bigger, add padding or use a smaller kernel.</source>
        <translation>O kernel ({kh}×{kw}) é maior que a entrada com preenchimento ({ph}×{pw}): aumente a entrada, acrescente preenchimento ou use um kernel menor.</translation>
    </message>
    <message>
        <source>Output size = ⌊(n + 2p − k)/s⌋ + 1
rows: {rows}
columns: {cols}</source>
        <translation>Tamanho da saída = ⌊(n + 2p − k)/s⌋ + 1
linhas: {rows}
colunas: {cols}</translation>
    </message>
    <message>
        <source>No output: the kernel does not fit.</source>
        <translation>Sem saída: o kernel não cabe na entrada.</translation>
    </message>
    <message>
        <source>Output cell (row {row}, column {col}):</source>
        <translation>Célula da saída (linha {row}, coluna {col}):</translation>
    </message>
</context>
<context>
    <name>ConvolutionView</name>
    <message>
        <source>Convolution</source>
        <translation>Convolução</translation>
    </message>
    <message>
        <source>The kernel slides over the input. At each position, every input value under the kernel is multiplied by the weight on top of it, and the products are added: that sum is one cell of the output (the feature map). Step through it, or edit any number — double-click a cell or just type.</source>
        <translation>O kernel desliza sobre a entrada. Em cada posição, cada valor da entrada sob o kernel é multiplicado pelo peso sobre ele, e os produtos são somados: essa soma é uma célula da saída (o mapa de características). Avance passo a passo, ou edite qualquer número — clique duas vezes numa célula ou apenas digite.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel (filter)</source>
        <translation>Kernel (filtro)</translation>
    </message>
    <message>
        <source>Output (feature map)</source>
        <translation>Saída (mapa de características)</translation>
    </message>
    <message>
        <source>Yellow: the kernel's window and the output cell it produces. Grey: zero padding added around the input.</source>
        <translation>Amarelo: a janela do kernel e a célula da saída que ela produz. Cinza: preenchimento (padding) com zeros ao redor da entrada.</translation>
    </message>
    <message>
        <source>Sizes, stride and padding</source>
        <translation>Tamanhos, passo (stride) e preenchimento (padding)</translation>
    </message>
    <message>
        <source>Input size:</source>
        <translation>Tamanho da entrada:</translation>
    </message>
    <message>
        <source>Kernel size:</source>
        <translation>Tamanho do kernel:</translation>
    </message>
    <message>
        <source>Stride (s):</source>
        <translation>Passo — stride (s):</translation>
    </message>
    <message>
        <source>Padding (p):</source>
        <translation>Preenchimento — padding (p):</translation>
    </message>
    <message>
        <source>Rows of the input (n), up to 10</source>
        <translation>Linhas da entrada (n), até 10</translation>
    </message>
    <message>
        <source>Columns of the input (n), up to 10</source>
        <translation>Colunas da entrada (n), até 10</translation>
    </message>
    <message>
        <source>Rows of the kernel (k), up to 5</source>
        <translation>Linhas do kernel (k), até 5</translation>
    </message>
    <message>
        <source>Columns of the kernel (k), up to 5</source>
        <translation>Colunas do kernel (k), até 5</translation>
    </message>
    <message>
        <source>How many cells the kernel moves at each step. A larger stride overlaps less and gives a smaller output.</source>
        <translation>Quantas células o kernel se desloca a cada passo. Um stride maior sobrepõe menos as regiões e dá uma saída menor.</translation>
    </message>
    <message>
        <source>Rings of zeros added around the input, to control the output size and keep the information at the borders.</source>
        <translation>Linhas e colunas de zeros adicionadas ao redor da entrada, para ajustar o tamanho da saída e preservar a informação das bordas.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>No padding (Keras padding="valid")</source>
        <translation>Sem preenchimento (no Keras, padding="valid")</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Just enough padding for an output of ⌈n/s⌉ cells (Keras padding="same"); with an even kernel the extra row and column go at the bottom and right.</source>
        <translation>Preenchimento suficiente para uma saída de ⌈n/s⌉ células (no Keras, padding="same"); com um kernel de tamanho par, a linha e a coluna extras ficam embaixo e à direita.</translation>
    </message>
    <message>
        <source>Deck example</source>
        <translation>Exemplo do slide</translation>
    </message>
    <message>
        <source>The slide's input, kernel and output</source>
        <translation>A entrada, o kernel e a saída do slide</translation>
    </message>
    <message>
        <source>Random numbers</source>
        <translation>Números aleatórios</translation>
    </message>
    <message>
        <source>Fill input and kernel with small random integers</source>
        <translation>Preenche a entrada e o kernel com pequenos inteiros aleatórios</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <source>Draw a digit in the black square with the mouse, a pen or a finger.</source>
        <translation>Desenhe um dígito no quadrado preto com o mouse, uma caneta ou o dedo.</translation>
    </message>
    <message>
        <source>Draw a piece of clothing: this model knows only clothes.</source>
        <translation>Desenhe uma peça de roupa: este modelo só conhece roupas.</translation>
    </message>
    <message>
        <source>{percent:.0f} % sure</source>
        <translation>{percent:.0f} % de certeza</translation>
    </message>
    <message>
        <source>Not sure: {first} ({p1:.0f} %) or {second} ({p2:.0f} %)?</source>
        <translation>Em dúvida: {first} ({p1:.0f} %) ou {second} ({p2:.0f} %)?</translation>
    </message>
    <message>
        <source>Open an image as the input</source>
        <translation>Abrir uma imagem como entrada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>Salvar o desenho</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Não foi possível salvar {path}: {reason}</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>como desenhado</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recortado</translation>
    </message>
    <message>
        <source>20 × 20</source>
        <translation>20 × 20</translation>
    </message>
    <message>
        <source>centred 28 × 28</source>
        <translation>centrado 28 × 28</translation>
    </message>
    <message>
        <source>The network reads:</source>
        <translation>A rede lê:</translation>
    </message>
    <message>
        <source>What the network receives — the drawing prepared the way MNIST's digits were:</source>
        <translation>O que a rede recebe — o desenho preparado como os dígitos do MNIST foram:</translation>
    </message>
</context>
<context>
    <name>DrawTools</name>
    <message>
        <source>Brush: {width} px</source>
        <translation>Pincel: {width} px</translation>
    </message>
    <message>
        <source>Stroke width on the 280 × 280 canvas. The network sees the digit shrunk to 20 × 20 pixels: very thin strokes almost vanish, very thick ones close the loops.</source>
        <translation>Largura do traço na tela de 280 × 280. A rede vê o dígito reduzido a 20 × 20 pixels: traços muito finos quase somem, traços muito grossos fecham as voltas.</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borracha</translation>
    </message>
    <message>
        <source>Erase instead of drawing (E). The right mouse button always erases.</source>
        <translation>Apagar em vez de desenhar (E). O botão direito do mouse sempre apaga.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Desfazer o último traço (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Refazer o que foi desfeito (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the canvas (Esc or Delete); Undo brings the drawing back</source>
        <translation>Limpar a tela (Esc ou Delete); Desfazer traz o desenho de volta</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Abrir imagem…</translation>
    </message>
    <message>
        <source>Use a picture as the input (Ctrl+O): a photo of a digit on paper works too; it goes through the same preparation as a drawing</source>
        <translation>Usar uma imagem como entrada (Ctrl+O): a foto de um dígito no papel também serve; ela passa pela mesma preparação que um desenho</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Salvar PNG…</translation>
    </message>
    <message>
        <source>Save the drawing as a PNG image (Ctrl+S)</source>
        <translation>Salvar o desenho como imagem PNG (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>FilterGrid</name>
    <message>
        <source>filter {filter}, row {row}, column {col}: red {red}, green {green}, blue {blue}</source>
        <translation>filtro {filter}, linha {row}, coluna {col}: vermelho {red}, verde {green}, azul {blue}</translation>
    </message>
    <message>
        <source>filter {filter}, row {row}, column {col}: {value}</source>
        <translation>filtro {filter}, linha {row}, coluna {col}: {value}</translation>
    </message>
    <message>
        <source>filter {filter}, input channel {channel}, row {row}, column {col}: {value}</source>
        <translation>filtro {filter}, canal de entrada {channel}, linha {row}, coluna {col}: {value}</translation>
    </message>
    <message>
        <source>in {channel}</source>
        <translation>ent. {channel}</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>No image yet</source>
        <translation>Ainda sem imagem</translation>
    </message>
    <message>
        <source>{width} × {height} pixels
{height} rows, {width} columns</source>
        <translation>{width} × {height} pixels
{height} linhas, {width} colunas</translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>{count} parameters in all</source>
        <translation>{count} parâmetros ao todo</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Click a layer to see its output for the current input. “Output” is height × width × channels (feature maps).</source>
        <translation>Clique numa camada para ver a saída dela para a entrada atual. “Saída” é altura × largura × canais (mapas de características).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TensorFlow {version} ready</source>
        <translation>TensorFlow {version} pronto</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded: {error}</source>
        <translation>Não foi possível carregar o TensorFlow: {error}</translation>
    </message>
    <message>
        <source>Loading TensorFlow in the background…</source>
        <translation>Carregando o TensorFlow em segundo plano…</translation>
    </message>
    <message>
        <source>TensorFlow {version} loaded in {seconds:.1f} s</source>
        <translation>TensorFlow {version} carregado em {seconds:.1f} s</translation>
    </message>
    <message>
        <source>CNN Lab — convolutional networks, step by step</source>
        <translation>CNN Lab — redes convolucionais, passo a passo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About CNN Lab</source>
        <translation>&amp;Sobre o CNN Lab</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>1. Convolution</source>
        <translation>1. Convolução</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Desenhar</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Ativações</translation>
    </message>
</context>
<context>
    <name>MatrixGrid</name>
    <message>
        <source>“{text}” is not a number: the cell keeps {old}.</source>
        <translation>“{text}” não é um número: a célula continua com {old}.</translation>
    </message>
    <message>
        <source>A cell cannot be empty: the cell keeps {old}.</source>
        <translation>Uma célula não pode ficar vazia: ela continua com {old}.</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Digits — CNN (default)</source>
        <translation>Dígitos — CNN (padrão)</translation>
    </message>
    <message>
        <source>Digits — course CNN</source>
        <translation>Dígitos — CNN do curso</translation>
    </message>
    <message>
        <source>Digits — MLP (fully connected)</source>
        <translation>Dígitos — MLP (totalmente conectada)</translation>
    </message>
    <message>
        <source>Clothing — Fashion-MNIST CNN</source>
        <translation>Roupas — CNN Fashion-MNIST</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>Abrir modelo…</translation>
    </message>
    <message>
        <source>Open a Keras model</source>
        <translation>Abrir um modelo Keras</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Modelos Keras (*.keras)</translation>
    </message>
    <message>
        <source>Could not use the model {file}: {reason}</source>
        <translation>Não foi possível usar o modelo {file}: {reason}</translation>
    </message>
    <message>
        <source>Still using {model}.</source>
        <translation>Continua em uso: {model}.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Carregando modelo…</translation>
    </message>
    <message>
        <source>The trained network that reads the input. The shipped models were trained on MNIST (digits) or Fashion-MNIST (clothing); “Open model…” loads any Keras image classifier.</source>
        <translation>A rede treinada que lê a entrada. Os modelos que acompanham o app foram treinados com o MNIST (dígitos) ou o Fashion-MNIST (roupas); “Abrir modelo…” carrega qualquer classificador de imagens Keras.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>{label}: no prediction yet</source>
        <translation>{label}: ainda sem previsão</translation>
    </message>
    <message>
        <source>{label}: {percent} (probability {value})</source>
        <translation>{label}: {percent} (probabilidade {value})</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>StepPlayer</name>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the first step (Ctrl+Home)</source>
        <translation>Volta ao primeiro passo (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Previous step (Page Up or Ctrl+←)</source>
        <translation>Passo anterior (Page Up ou Ctrl+←)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Next step (Page Down or Ctrl+→)</source>
        <translation>Próximo passo (Page Down ou Ctrl+→)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>How fast Play moves from one step to the next</source>
        <translation>Com que rapidez o Reproduzir passa de um passo ao seguinte</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play or pause the steps (Ctrl+Space)</source>
        <translation>Reproduz ou pausa os passos (Ctrl+Espaço)</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Passo {current} de {total}</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Nenhum passo</translation>
    </message>
</context>
<context>
    <name>VectorChart</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>unit {index}: {value}</source>
        <translation>unidade {index}: {value}</translation>
    </message>
</context>
</TS>